using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Orders;
using MexcTrader.Core.Execution.Recovery;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Execution.Venues;
using MexcTrader.Core.Portfolio;
using MexcTrader.Core.Risk;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MexcTrader.Tests.Core.Execution;

/// <summary>
/// Execution wired over a simulated exchange with BTCUSDT at 50 000 (taker fee 0.1 %, maker 0), a fake clock and a
/// store; <see cref="Restart"/> builds fresh services over the same store and exchange, as a process restart would.
/// </summary>
internal sealed class ExecutionHarness : IDisposable
{
    public static readonly Symbol Btc = new("BTCUSDT");
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public ExecutionHarness(IExecutionStore? store = null, ExecutionOptions? options = null, decimal usdt = 100_000m)
    {
        Clock = new FakeTimeProvider(Start);
        Exchange = new SimulatedExchange(Clock);
        Exchange.AddSymbol(BtcRules);
        Exchange.Deposit("USDT", usdt);
        Exchange.ApplyMarketTrade(Btc, 50_000m, 1m);
        Store = store ?? new InMemoryExecutionStore();
        Options = options ?? new ExecutionOptions();
        StartingCash = usdt;
        Venue = new SimulatedVenue(Exchange);
        Build();
    }

    public static SimulatedSymbolRules BtcRules { get; } =
        SimulatedSymbolRules.ForPair(Btc, 50_000m) with
        {
            TakerCommission = 0.001m,
            MakerCommission = 0m,
        };

    public FakeTimeProvider Clock { get; }
    public SimulatedExchange Exchange { get; }
    public IExecutionStore Store { get; }
    public ExecutionOptions Options { get; }
    public decimal StartingCash { get; }
    public ITradingVenue Venue { get; set; }
    public ExecutionEvents Events { get; private set; } = null!;
    public PositionBook Book { get; private set; } = null!;
    public OrderManager Orders { get; private set; } = null!;
    public ProtectiveExits Exits { get; private set; } = null!;
    public Executor Executor { get; private set; } = null!;
    public ExecutionRecovery Recovery { get; private set; } = null!;

    /// <summary>Fresh in-memory services (as after a process restart) over the same store and exchange.</summary>
    public void Restart(ITradingVenue? venue = null)
    {
        Orders.Dispose();
        Venue = venue ?? new SimulatedVenue(Exchange);
        Build();
    }

    public void Dispose() => Orders.Dispose();

    public static DecisionRecord Decision(
        string id,
        DecisionAction action,
        decimal quantity,
        decimal referencePrice = 50_000m,
        ExitLevels? exits = null,
        RiskOutcome outcome = RiskOutcome.Approved,
        string engine = "rules"
    ) =>
        new(
            DecisionRecordSchema.Version,
            id,
            1,
            Start,
            Btc,
            action,
            outcome,
            quantity,
            referencePrice,
            exits,
            0.8,
            "test",
            [],
            [],
            [],
            new DecisionMetadata(engine, null, null, null)
        );

    public decimal Free(string asset) => Exchange.Balance(asset).Free;

    private void Build()
    {
        Events = new ExecutionEvents();
        Book = new PositionBook(StartingCash);
        Orders = new OrderManager(Venue, Store, Book, Events, Clock, NullLogger<OrderManager>.Instance);
        Exits = new ProtectiveExits(Store, Clock);
        Executor = new Executor(Orders, Exits, Microsoft.Extensions.Options.Options.Create(Options), Events, Clock);
        Recovery = new ExecutionRecovery(Orders, Exits, Store, Events, Clock);
    }
}

/// <summary>A venue that places the order and then loses the answer, as a crash between submit and acknowledgement would.</summary>
internal sealed class AnswerLosingVenue(ITradingVenue inner) : ITradingVenue
{
    public async Task<Result<OrderAck>> PlaceAsync(OrderRequest order, CancellationToken ct)
    {
        await inner.PlaceAsync(order, ct);
        return Result.Fail<OrderAck>(
            new Failure(MexcTrader.Core.Exchange.Mexc.MexcFailures.Timeout, "answer lost", true)
        );
    }

    public Task<Result<ExchangeOrder>> CancelAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
        inner.CancelAsync(symbol, clientOrderId, ct);

    public Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
        inner.GetOrderAsync(symbol, clientOrderId, ct);

    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken ct) =>
        inner.GetOpenOrdersAsync(symbol, ct);

    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesSinceAsync(
        Symbol symbol,
        DateTimeOffset since,
        CancellationToken ct
    ) => inner.GetTradesSinceAsync(symbol, since, ct);

    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetOrderTradesAsync(
        Symbol symbol,
        string orderId,
        CancellationToken ct
    ) => inner.GetOrderTradesAsync(symbol, orderId, ct);

    public Task<Result<IReadOnlyList<AccountBalance>>> GetBalancesAsync(CancellationToken ct) =>
        inner.GetBalancesAsync(ct);

    public Task<Result<SymbolRules>> GetSymbolRulesAsync(Symbol symbol, CancellationToken ct) =>
        inner.GetSymbolRulesAsync(symbol, ct);

    public IAsyncEnumerable<VenueEvent> EventsAsync(CancellationToken ct) => inner.EventsAsync(ct);
}
