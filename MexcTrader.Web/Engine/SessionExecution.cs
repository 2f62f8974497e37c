using System.Collections.Concurrent;
using System.Globalization;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Orders;
using MexcTrader.Core.Execution.Recovery;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Execution.Venues;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Portfolio;
using MexcTrader.Core.Risk;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Engine;

/// <summary>
/// The execution layer of one engine run: demo and live send through <see cref="MexcVenue"/> (demo to the wire
/// simulator, so the full live path), paper fills on an in-process <see cref="SimulatedExchange"/> fed with the live
/// closes. Positions come from fills only (<see cref="PositionBook"/>); marks are the latest closed candles.
/// </summary>
public sealed class SessionExecution : IDisposable
{
    private readonly ConcurrentDictionary<Symbol, decimal> _marks = new();
    private readonly SimulatedExchange? _paper;
    private readonly EngineOptions _engine;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;

    private SessionExecution(
        ITradingVenue venue,
        SimulatedExchange? paper,
        IExecutionStore store,
        ExecutionOptions options,
        EngineOptions engine,
        TimeProvider clock,
        ILoggerFactory logs
    )
    {
        _paper = paper;
        _engine = engine;
        _clock = clock;
        _log = logs.CreateLogger<SessionExecution>();
        Store = store;
        Book = new PositionBook(engine.StartingCashUsdt);
        Orders = new OrderManager(venue, store, Book, Events, clock, logs.CreateLogger<OrderManager>());
        var exits = new ProtectiveExits(store, clock);
        Executor = new Executor(Orders, exits, Options.Create(options), Events, clock);
        Recovery = new ExecutionRecovery(Orders, exits, store, Events, clock);
    }

    public ExecutionEvents Events { get; } = new();

    public IExecutionStore Store { get; }

    public PositionBook Book { get; }

    public OrderManager Orders { get; }

    public Executor Executor { get; }

    public ExecutionRecovery Recovery { get; }

    public static SessionExecution Create(EngineServices s, MarketConnection connection)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(connection);
        var options =
            s.Configuration.GetSection(ExecutionOptions.SectionName).Get<ExecutionOptions>() ?? new ExecutionOptions();
        SimulatedExchange? paper = null;
        ITradingVenue venue;
        if (s.Options.Mode == EngineMode.Paper)
        {
            paper = new SimulatedExchange(s.Clock);
            paper.Deposit("USDT", s.Options.StartingCashUsdt);
            venue = new SimulatedVenue(paper);
        }
        else
        {
            venue = new MexcVenue(connection.Rest);
        }
        return new SessionExecution(venue, paper, s.ExecutionStore, options, s.Options, s.Clock, s.Logs);
    }

    /// <summary>The aggregator's portfolio: cash and positions from fills, marked at the latest closes.</summary>
    public PortfolioSnapshot Snapshot(TradingState state) => Book.Snapshot(_marks, state);

    public PortfolioView View()
    {
        var p = Book.Snapshot(_marks, TradingState.Active);
        return new PortfolioView(
            p.Cash,
            p.Equity,
            p.Exposure,
            p.RealisedPnl,
            p.UnrealisedPnl,
            p.Drawdown,
            CashOnly: false,
            p.Positions
        );
    }

    /// <summary>A closed candle: the mark moves, paper trades at its close, protective exits see the price.</summary>
    public async Task OnClosedCandleAsync(Candle candle, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candle);
        _marks[candle.Symbol] = candle.Close;
        if (_paper is not null)
        {
            if (_paper.RulesOf(candle.Symbol) is null)
            {
                _paper.AddSymbol(SimulatedSymbolRules.ForPair(candle.Symbol, candle.Close));
            }
            _paper.ApplyMarketTrade(candle.Symbol, candle.Close, candle.Volume, candle);
        }
        var fired = await Executor.OnPriceAsync(candle.Symbol, candle.Close, ct).ConfigureAwait(false);
        if (fired is { IsSuccess: false })
        {
            _log.LogWarning("Engine: protective exit on {Symbol} not sent: {Failure}", candle.Symbol, fired.Failure);
        }
    }

    /// <summary>Sends a cycle's executable records; in live mode an order above the cap is refused with its reason.</summary>
    public async Task ExecuteAsync(IReadOnlyList<DecisionRecord> records, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records.Where(r => r.IsExecutable))
        {
            var value = record.Quantity * record.ReferencePrice;
            if (_engine.Mode == EngineMode.Live && _engine.MaxOrderValueUsdt is { } cap && value > cap)
            {
                var reason = string.Create(
                    CultureInfo.InvariantCulture,
                    $"order value {value:0.##} USDT is above the live cap of {cap} USDT"
                );
                var failure = new Failure("engine.order-cap", reason);
                await Store
                    .AppendJournalAsync(
                        new JournalEntry(0, _clock.GetUtcNow(), "refused", null, record.Symbol, reason),
                        ct
                    )
                    .ConfigureAwait(false);
                Events.Publish(new ExecutionRefused(record.DecisionId, record.Symbol, failure, _clock.GetUtcNow()));
                continue;
            }
            var sent = await Executor.ExecuteAsync(record, ct).ConfigureAwait(false);
            if (!sent.IsSuccess)
            {
                _log.LogInformation(
                    "Engine: decision {Decision} on {Symbol} not executed: {Failure}",
                    record.DecisionId,
                    record.Symbol,
                    sent.Failure
                );
            }
        }
    }

    /// <summary>Polls open orders, expires stale ones, cancels everything open while the kill switch is on, records equity.</summary>
    public async Task MaintainAsync(TradingState state, CancellationToken ct)
    {
        await Orders.PollAsync(ct).ConfigureAwait(false);
        await Executor.ExpireStaleAsync(ct).ConfigureAwait(false);
        if (state == TradingState.Halted)
        {
            await CancelOpenOrdersAsync(ct).ConfigureAwait(false);
        }
        await Store.AddEquityPointAsync(Book.EquityAt(_clock.GetUtcNow(), _marks), ct).ConfigureAwait(false);
    }

    public async Task<int> CancelOpenOrdersAsync(CancellationToken ct)
    {
        var cancelled = 0;
        foreach (var order in Orders.OpenOrders)
        {
            var result = await Orders.CancelAsync(order.ClientOrderId, ct).ConfigureAwait(false);
            cancelled += result.IsSuccess ? 1 : 0;
        }
        return cancelled;
    }

    public void Dispose() => Orders.Dispose();
}
