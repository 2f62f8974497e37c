using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Orders;
using MexcTrader.Core.Execution.Venues;
using Microsoft.Extensions.Options;

namespace MexcTrader.Core.Execution;

/// <summary>
/// Turns executable decision records into orders and fires protective exits: an entry arms the pair's exit
/// (persisted before the entry is sent), a price that crosses a level sends a market sell of the whole free position.
/// </summary>
public sealed class Executor(
    OrderManager orders,
    ProtectiveExits exits,
    IOptions<ExecutionOptions> options,
    ExecutionEvents events,
    TimeProvider clock
)
{
    /// <summary>The engine id orders of fired protective exits are attributed to.</summary>
    public const string ProtectiveExitEngine = "protective-exit";

    private readonly ExecutionOptions _options = options.Value;

    public async Task<Result<ExecutionOrder>> ExecuteAsync(DecisionRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var planned = await PlanAsync(record, leg: null, ct).ConfigureAwait(false);
        if (!planned.IsSuccess)
        {
            events.Publish(new ExecutionRefused(record.DecisionId, record.Symbol, planned.Failure, clock.GetUtcNow()));
            return Result.Fail<ExecutionOrder>(planned.Failure);
        }
        if (record.Action == DecisionAction.Buy && record.Exits is { } levels)
        {
            await exits
                .ArmAsync(record.Symbol, record.DecisionId, levels, record.ReferencePrice, ct)
                .ConfigureAwait(false);
        }
        var submitted = await orders.SubmitAsync(planned.Value, ct).ConfigureAwait(false);
        if (
            record.Action == DecisionAction.Buy
            && record.Exits is not null
            && !submitted.IsSuccess
            && !VenueFailures.IsOutcomeUnknown(submitted.Failure)
            && orders.Book.Get(record.Symbol).Quantity <= 0
        )
        {
            // the entry was refused outright: nothing for the exit to protect
            await exits.DisarmAsync(record.Symbol, "entry rejected", ct).ConfigureAwait(false);
        }
        return submitted;
    }

    /// <summary>Plans without sending (for previews and the benchmark's per-decision cost).</summary>
    public async Task<Result<OrderIntent>> PlanAsync(DecisionRecord record, OrderLeg? leg, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rules = await orders.RulesAsync(record.Symbol, ct).ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            return Result.Fail<OrderIntent>(rules.Failure);
        }
        var held = orders.Book.Get(record.Symbol).Quantity;
        return OrderPlanner.Plan(record, rules.Value, held, _options.StyleFor(record.Symbol), leg);
    }

    /// <summary>Feeds a price (a closed candle's close or a trade); when the pair's exit fires, sells the position at market.</summary>
    public async Task<Result<ExecutionOrder>?> OnPriceAsync(Symbol symbol, decimal price, CancellationToken ct)
    {
        if (
            exits.Of(symbol) is { IsArmed: true }
            && orders.Book.Get(symbol).Quantity <= 0
            && !orders.OpenOrders.Any(o => o.Symbol == symbol && o.Leg == OrderLeg.Entry)
        )
        {
            // the position was closed by a decision (or never filled): the exit has nothing left to protect
            await exits.DisarmAsync(symbol, "position closed", ct).ConfigureAwait(false);
            return null;
        }
        var fired = await exits.OnPriceAsync(symbol, price, ct).ConfigureAwait(false);
        if (fired is null)
        {
            return null;
        }
        events.Publish(new ProtectiveExitFired(fired, price, fired.FiredBy!, clock.GetUtcNow()));
        var close = new DecisionRecord(
            DecisionRecordSchema.Version,
            fired.DecisionId,
            0,
            clock.GetUtcNow(),
            symbol,
            DecisionAction.Close,
            Risk.RiskOutcome.Approved,
            orders.Book.Get(symbol).Quantity,
            price,
            null,
            1,
            $"protective exit: {fired.FiredBy} at {price}",
            [],
            [],
            [],
            new DecisionMetadata(ProtectiveExitEngine, null, null, null)
        );
        var planned = await PlanAsync(close, OrderLeg.Stop, ct).ConfigureAwait(false);
        if (!planned.IsSuccess)
        {
            events.Publish(new ExecutionRefused(fired.DecisionId, symbol, planned.Failure, clock.GetUtcNow()));
            return Result.Fail<ExecutionOrder>(planned.Failure);
        }
        return await orders.SubmitAsync(planned.Value, ct).ConfigureAwait(false);
    }

    /// <summary>Cancels resting orders past the configured time-out.</summary>
    public Task<int> ExpireStaleAsync(CancellationToken ct) =>
        orders.ExpireStaleAsync(TimeSpan.FromSeconds(_options.RestingTimeoutSeconds), ct);
}
