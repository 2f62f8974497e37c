using System.Collections.Concurrent;
using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Execution.Venues;
using MexcTrader.Core.Portfolio;
using Microsoft.Extensions.Logging;

namespace MexcTrader.Core.Execution.Orders;

/// <summary>
/// Our orders' lifecycle (pending → new → partially filled → filled / cancelled / rejected / expired) from venue
/// pushes with REST polling as back-up. Every change is written to the store (with its journal line) before it is
/// applied in memory or published; the intent is written before it is sent, so a crash between send and
/// acknowledgement is resolved on restart by asking the venue for the client order id.
/// </summary>
public sealed partial class OrderManager(
    ITradingVenue venue,
    IExecutionStore store,
    PositionBook book,
    ExecutionEvents events,
    TimeProvider clock,
    ILogger<OrderManager> log
) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, ExecutionOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Symbol, SymbolRules> _rules = new();

    public PositionBook Book => book;

    public void Dispose() => _gate.Dispose();

    public ITradingVenue Venue => venue;

    /// <summary>Orders not yet final, as held in memory.</summary>
    public IReadOnlyList<ExecutionOrder> OpenOrders => WithGate(() => _orders.Values.Where(o => o.IsOpen).ToList());

    public ExecutionOrder? Find(string clientOrderId) => WithGate(() => _orders.GetValueOrDefault(clientOrderId));

    /// <summary>Persists the intent, sends it once, records the acknowledgement or the refusal.</summary>
    public async Task<Result<ExecutionOrder>> SubmitAsync(OrderIntent intent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intent);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var known =
                _orders.GetValueOrDefault(intent.ClientOrderId)
                ?? await store.FindOrderAsync(intent.ClientOrderId, ct).ConfigureAwait(false);
            if (known is not null && known.Status != ExecutionStatus.Pending)
            {
                // a retry of an order already sent: the same client id, so the same order; nothing is sent again
                _orders[known.ClientOrderId] = known;
                return Result.Ok(known);
            }
            var order = known ?? ExecutionOrder.FromIntent(intent, clock.GetUtcNow());
            if (known is null)
            {
                await SaveAsync(order, null, "intent", Describe(order), ct).ConfigureAwait(false);
            }
            return await SendLockedAsync(order, ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task OnVenueEventAsync(VenueEvent change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (change)
        {
            case VenueOrderUpdated updated:
                await ApplyOrderAsync(updated.Order, ct).ConfigureAwait(false);
                break;
            case VenueFilled filled:
                await ApplyTradeAsync(filled.Trade, ct).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Pumps the venue's pushes into the lifecycle until cancelled.</summary>
    public async Task RunEventsAsync(CancellationToken ct)
    {
        await foreach (var change in venue.EventsAsync(ct).ConfigureAwait(false))
        {
            await OnVenueEventAsync(change, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Applies the venue's view of an order; stale views (less executed than known, or after a final state) are ignored.</summary>
    public async Task<ExecutionOrder?> ApplyOrderAsync(ExchangeOrder update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await ApplyOrderLockedAsync(update, null, ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies a fill of one of our orders once (fill id); fills of orders we never placed are not ours to book.</summary>
    public async Task<Position?> ApplyTradeAsync(ExchangeTrade trade, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trade);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await ApplyTradeLockedAsync(trade, ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Asks the venue to cancel; the journal records the request before it is sent.</summary>
    public async Task<Result<ExecutionOrder>> CancelAsync(string clientOrderId, CancellationToken ct) =>
        await CancelAsync(clientOrderId, ExecutionStatus.Cancelled, "cancel requested", ct).ConfigureAwait(false);

    /// <summary>Modify as cancel/replace: cancels the order, then sends the rest at the new price as the next revision.</summary>
    public async Task<Result<ExecutionOrder>> ReplaceAsync(string clientOrderId, decimal newPrice, CancellationToken ct)
    {
        var cancelled = await CancelAsync(clientOrderId, ct).ConfigureAwait(false);
        if (!cancelled.IsSuccess)
        {
            return cancelled;
        }
        var old = cancelled.Value;
        var rest = (old.Quantity ?? 0) - old.ExecutedQuantity;
        if (old.Status != ExecutionStatus.Cancelled || rest <= 0)
        {
            return Result.Fail<ExecutionOrder>(
                "execution.nothing_to_replace",
                $"Order {clientOrderId} is {old.Status} with nothing left to replace."
            );
        }
        var rules = await RulesAsync(old.Symbol, ct).ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            return Result.Fail<ExecutionOrder>(rules.Failure);
        }
        var revision = old.Revision + 1;
        var request = new OrderRequest(
            old.Symbol,
            old.Side,
            old.Type,
            rest,
            null,
            newPrice,
            ClientOrderIds.For(old.DecisionId, old.Leg, revision)
        );
        var prepared = Exchange.Mexc.MexcOrderRules.Prepare(request, rules.Value);
        if (!prepared.IsSuccess)
        {
            return Result.Fail<ExecutionOrder>(prepared.Failure);
        }
        return await SubmitAsync(
                new OrderIntent(
                    old.DecisionId,
                    old.Leg,
                    revision,
                    prepared.Value,
                    old.ReferencePrice,
                    old.SignalTime,
                    old.EngineId
                ),
                ct
            )
            .ConfigureAwait(false);
    }

    /// <summary>Cancels resting orders older than <paramref name="timeout"/>; they end as Expired.</summary>
    public async Task<int> ExpireStaleAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return 0;
        }
        var now = clock.GetUtcNow();
        var stale = OpenOrders.Where(o => o.Status != ExecutionStatus.Pending && now - o.CreatedAt >= timeout).ToList();
        var expired = 0;
        foreach (var order in stale)
        {
            if (
                (
                    await CancelAsync(order.ClientOrderId, ExecutionStatus.Expired, "timed out", ct)
                        .ConfigureAwait(false)
                ).IsSuccess
            )
            {
                expired++;
            }
        }
        return expired;
    }

    /// <summary>REST back-up: asks the venue for every open order and its fills, as if the pushes had been lost.</summary>
    public async Task PollAsync(CancellationToken ct)
    {
        foreach (var order in OpenOrders)
        {
            var current = await venue.GetOrderAsync(order.Symbol, order.ClientOrderId, ct).ConfigureAwait(false);
            if (!current.IsSuccess)
            {
                continue;
            }
            if (current.Value.ExecutedQuantity > 0)
            {
                // by order id, not by time: the venue's clock is not ours (the wire simulator replays history)
                var trades = await venue
                    .GetOrderTradesAsync(order.Symbol, current.Value.OrderId, ct)
                    .ConfigureAwait(false);
                foreach (var trade in trades.IsSuccess ? trades.Value : [])
                {
                    await ApplyTradeAsync(trade with { ClientOrderId = order.ClientOrderId }, ct).ConfigureAwait(false);
                }
            }
            await ApplyOrderAsync(current.Value, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Loads an order from the store into memory (recovery), without journaling.</summary>
    internal void Track(ExecutionOrder order) => WithGate(() => _orders[order.ClientOrderId] = order);

    internal async Task<Result<ExecutionOrder>> ResolvePendingAsync(
        ExecutionOrder pending,
        bool resend,
        CancellationToken ct
    )
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var landed = await venue.GetOrderAsync(pending.Symbol, pending.ClientOrderId, ct).ConfigureAwait(false);
            if (landed.IsSuccess)
            {
                var acked = await AcknowledgeLockedAsync(
                        pending,
                        landed.Value.OrderId,
                        "ack (found by client id after restart)",
                        ct
                    )
                    .ConfigureAwait(false);
                if (landed.Value.ExecutedQuantity > 0)
                {
                    // its fills are booked before its final status, as polling does
                    var trades = await venue
                        .GetOrderTradesAsync(pending.Symbol, landed.Value.OrderId, ct)
                        .ConfigureAwait(false);
                    foreach (var trade in trades.IsSuccess ? trades.Value : [])
                    {
                        await ApplyTradeLockedAsync(trade with { ClientOrderId = pending.ClientOrderId }, ct)
                            .ConfigureAwait(false);
                    }
                }
                return Result.Ok(await ApplyOrderLockedAsync(landed.Value, null, ct).ConfigureAwait(false) ?? acked);
            }
            if (landed.Failure.Code != VenueFailures.OrderNotFound)
            {
                return Result.Fail<ExecutionOrder>(landed.Failure);
            }
            if (resend)
            {
                return await SendLockedAsync(pending, ct).ConfigureAwait(false);
            }
            var never = pending with
            {
                Status = ExecutionStatus.Rejected,
                Reason = "never reached the venue; not re-sent after restart",
                UpdatedAt = clock.GetUtcNow(),
            };
            await SaveAsync(never, pending.Status, "status", "rejected: not found at the venue after restart", ct)
                .ConfigureAwait(false);
            return Result.Ok(never);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal async Task<Result<SymbolRules>> RulesAsync(Symbol symbol, CancellationToken ct)
    {
        if (_rules.TryGetValue(symbol, out var cached))
        {
            return Result.Ok(cached);
        }
        var fetched = await venue.GetSymbolRulesAsync(symbol, ct).ConfigureAwait(false);
        if (fetched.IsSuccess)
        {
            _rules[symbol] = fetched.Value;
        }
        return fetched;
    }

    private async Task<Result<ExecutionOrder>> CancelAsync(
        string clientOrderId,
        ExecutionStatus endAs,
        string why,
        CancellationToken ct
    )
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!_orders.TryGetValue(clientOrderId, out var order))
            {
                return Result.Fail<ExecutionOrder>(VenueFailures.NotFound(clientOrderId));
            }
            if (!order.IsOpen)
            {
                return Result.Ok(order);
            }
            await store.AppendJournalAsync(Line("cancel-requested", order, why), ct).ConfigureAwait(false);
            var cancelled = await venue.CancelAsync(order.Symbol, clientOrderId, ct).ConfigureAwait(false);
            if (!cancelled.IsSuccess)
            {
                // it may have filled meanwhile: take the venue's word for its state
                var current = await venue.GetOrderAsync(order.Symbol, clientOrderId, ct).ConfigureAwait(false);
                return current.IsSuccess
                    ? Result.Ok(
                        await ApplyOrderLockedAsync(current.Value, null, ct).ConfigureAwait(false)
                            ?? _orders[clientOrderId]
                    )
                    : Result.Fail<ExecutionOrder>(cancelled.Failure);
            }
            return Result.Ok(
                await ApplyOrderLockedAsync(cancelled.Value, endAs, ct).ConfigureAwait(false) ?? _orders[clientOrderId]
            );
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Result<ExecutionOrder>> SendLockedAsync(ExecutionOrder order, CancellationToken ct)
    {
        var placed = await venue.PlaceAsync(order.ToRequest(), ct).ConfigureAwait(false);
        if (placed.IsSuccess)
        {
            var acked = await AcknowledgeLockedAsync(order, placed.Value.OrderId, "ack", ct).ConfigureAwait(false);
            return Result.Ok(acked);
        }
        if (VenueFailures.IsOutcomeUnknown(placed.Failure))
        {
            // may have landed: stays Pending for reconciliation by client id, never re-sent blindly
            LogUnknownOutcome(log, order.ClientOrderId, placed.Failure.Message);
            await store
                .AppendJournalAsync(Line("outcome-unknown", order, placed.Failure.ToString()), ct)
                .ConfigureAwait(false);
            return Result.Fail<ExecutionOrder>(placed.Failure);
        }
        var rejected = order with
        {
            Status = ExecutionStatus.Rejected,
            Reason = placed.Failure.ToString(),
            UpdatedAt = clock.GetUtcNow(),
        };
        await SaveAsync(rejected, order.Status, "status", "rejected: " + placed.Failure, ct).ConfigureAwait(false);
        return Result.Fail<ExecutionOrder>(placed.Failure);
    }

    private async Task<ExecutionOrder> AcknowledgeLockedAsync(
        ExecutionOrder order,
        string exchangeOrderId,
        string kind,
        CancellationToken ct
    )
    {
        // the order may have moved on already (a push applied while the answer travelled): keep the furthest state
        var current = _orders.GetValueOrDefault(order.ClientOrderId) ?? order;
        if (current.Status != ExecutionStatus.Pending)
        {
            return current;
        }
        var now = clock.GetUtcNow();
        var acked = current with
        {
            Status = ExecutionStatus.New,
            ExchangeOrderId = exchangeOrderId,
            AcknowledgedAt = now,
            UpdatedAt = now,
        };
        await SaveAsync(acked, current.Status, kind, "exchange order " + exchangeOrderId, ct).ConfigureAwait(false);
        return acked;
    }

    private async Task<ExecutionOrder?> ApplyOrderLockedAsync(
        ExchangeOrder update,
        ExecutionStatus? cancelledAs,
        CancellationToken ct
    )
    {
        var order = update.ClientOrderId is { } id ? _orders.GetValueOrDefault(id) : null;
        order ??= _orders.Values.FirstOrDefault(o => o.ExchangeOrderId == update.OrderId);
        if (order is null || order.Status.IsTerminal() || update.ExecutedQuantity < order.ExecutedQuantity)
        {
            return order;
        }
        var status = ExecutionStatuses.FromExchange(update.Status);
        if (status == ExecutionStatus.Cancelled && cancelledAs is { } endAs)
        {
            status = endAs;
        }
        if (status == ExecutionStatus.New && order.Status == ExecutionStatus.PartiallyFilled)
        {
            status = ExecutionStatus.PartiallyFilled;
        }
        if (
            status == order.Status
            && update.ExecutedQuantity == order.ExecutedQuantity
            && order.ExchangeOrderId is not null
        )
        {
            return order;
        }
        var now = clock.GetUtcNow();
        var next = order with
        {
            Status = status,
            ExchangeOrderId = order.ExchangeOrderId ?? update.OrderId,
            AcknowledgedAt = order.AcknowledgedAt ?? now,
            ExecutedQuantity = update.ExecutedQuantity,
            CumulativeQuote = update.CumulativeQuoteQuantity,
            UpdatedAt = now,
        };
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{status} executed={update.ExecutedQuantity} quote={update.CumulativeQuoteQuantity}"
        );
        await SaveAsync(next, order.Status, "status", detail, ct).ConfigureAwait(false);
        return next;
    }

    private async Task<Position?> ApplyTradeLockedAsync(ExchangeTrade trade, CancellationToken ct)
    {
        if (book.HasApplied(trade.TradeId))
        {
            return null;
        }
        var order = trade.ClientOrderId is { } id ? _orders.GetValueOrDefault(id) : null;
        order ??= _orders.Values.FirstOrDefault(o => o.ExchangeOrderId == trade.OrderId);
        if (order is null && trade.ClientOrderId is { } clientId)
        {
            order = await store.FindOrderAsync(clientId, ct).ConfigureAwait(false);
        }
        if (order is null)
        {
            return null;
        }
        var rules = await RulesAsync(trade.Symbol, ct).ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            LogNoRules(log, trade.Symbol.Value, rules.Failure.Message);
            return null;
        }
        var fill = Fill.From(trade, order.ClientOrderId, rules.Value.BaseAsset, rules.Value.QuoteAsset);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"fill {fill.FillId} {fill.Side} {fill.Quantity}@{fill.Price} fee={fill.Fee} {fill.FeeAsset}"
        );
        if (!await store.TryAddFillAsync(fill, Line("fill", order, detail), ct).ConfigureAwait(false))
        {
            book.Apply(fill);
            return null;
        }
        var position = book.Apply(fill)!;
        await store.SavePositionAsync(position, ct).ConfigureAwait(false);
        events.Publish(new FillApplied(fill, position, clock.GetUtcNow()));
        return position;
    }

    private async Task SaveAsync(
        ExecutionOrder order,
        ExecutionStatus? previous,
        string kind,
        string detail,
        CancellationToken ct
    )
    {
        await store.SaveOrderAsync(order, Line(kind, order, detail), ct).ConfigureAwait(false);
        _orders[order.ClientOrderId] = order;
        events.Publish(new OrderChanged(order, previous, order.UpdatedAt));
    }

    private JournalEntry Line(string kind, ExecutionOrder order, string detail) =>
        new(0, clock.GetUtcNow(), kind, order.ClientOrderId, order.Symbol, detail);

    private static string Describe(ExecutionOrder o) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{o.Leg} {o.Side} {o.Type} qty={o.Quantity} quote={o.QuoteQuantity} price={o.Price} decision={o.DecisionId}"
        );

    private T WithGate<T>(Func<T> read)
    {
        _gate.Wait();
        try
        {
            return read();
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Order {ClientOrderId} outcome unknown ({Reason}); left pending for reconciliation"
    )]
    private static partial void LogUnknownOutcome(ILogger logger, string clientOrderId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No rules for {Symbol}, fill not booked yet: {Reason}")]
    private static partial void LogNoRules(ILogger logger, string symbol, string reason);
}
