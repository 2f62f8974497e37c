using BenchmarkDotNet.Attributes;
using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Orders;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Execution.Venues;
using MexcTrader.Core.Portfolio;
using MexcTrader.Core.Risk;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MexcTrader.Benchmarks.Execution;

/// <summary>
/// DecisionRecord → order request out, no network: <see cref="Plan"/> is the pure planner (rules, rounding, client
/// id); <see cref="Execute"/> is the whole executor path (plan, intent persisted to the in-memory store, placed on the
/// in-process simulated exchange, acknowledgement recorded), 1,000 fresh decisions per iteration.
/// <c>dotnet run -c Release --project benchmarks/MexcTrader.Benchmarks -- --filter '*ExecutionBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks : IDisposable
{
    private const int Decisions = 1_000;
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly OrderStyle _market = new();
    private DecisionRecord[] _records = [];
    private SymbolRules _rules = null!;
    private OrderManager _orders = null!;
    private Executor _executor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _records =
        [
            .. Enumerable.Range(0, Decisions).Select(i => Record($"{Start.ToUnixTimeMilliseconds() + i}-BTCUSDT")),
        ];
        _rules = SimulatedVenue.RulesOf(SimulatedSymbolRules.ForPair(Btc, 50_000m));
    }

    [IterationSetup(Target = nameof(Execute))]
    public void FreshExecution()
    {
        var exchange = new SimulatedExchange(TimeProvider.System);
        exchange.AddSymbol(SimulatedSymbolRules.ForPair(Btc, 50_000m));
        exchange.Deposit("USDT", 100_000_000m);
        exchange.ApplyMarketTrade(Btc, 50_000m, 1m);
        Wire(new SimulatedVenue(exchange));
    }

    [IterationSetup(Target = nameof(ExecuteOnInstantVenue))]
    public void FreshInstantVenue() => Wire(new InstantVenue(_rules));

    private void Wire(ITradingVenue venue)
    {
        _orders?.Dispose();
        var clock = TimeProvider.System;
        var store = new InMemoryExecutionStore();
        var events = new ExecutionEvents();
        _orders = new OrderManager(
            venue,
            store,
            new PositionBook(100_000_000m),
            events,
            clock,
            NullLogger<OrderManager>.Instance
        );
        _executor = new Executor(
            _orders,
            new ProtectiveExits(store, clock),
            Options.Create(new ExecutionOptions()),
            events,
            clock
        );
    }

    public void Dispose()
    {
        _orders?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = Decisions)]
    public int Plan()
    {
        var planned = 0;
        foreach (var record in _records)
        {
            planned += OrderPlanner.Plan(record, _rules, 0, _market).IsSuccess ? 1 : 0;
        }
        return planned;
    }

    [Benchmark(OperationsPerInvoke = Decisions)]
    public int Execute()
    {
        var sent = 0;
        foreach (var record in _records)
        {
            sent += _executor.ExecuteAsync(record, CancellationToken.None).GetAwaiter().GetResult().IsSuccess ? 1 : 0;
        }
        return sent == Decisions
            ? sent
            : throw new InvalidOperationException($"Only {sent} of {Decisions} orders were sent.");
    }

    /// <summary>The execution layer's own share: the same path against a venue that acknowledges at once.</summary>
    [Benchmark(OperationsPerInvoke = Decisions)]
    public int ExecuteOnInstantVenue() => Execute();

    private static DecisionRecord Record(string id) =>
        new(
            DecisionRecordSchema.Version,
            id,
            1,
            Start,
            Btc,
            DecisionAction.Buy,
            RiskOutcome.Approved,
            0.001m,
            50_000m,
            null,
            0.7,
            "benchmark",
            [],
            [],
            [],
            new DecisionMetadata("rules", null, null, null)
        );

    private sealed class InstantVenue(SymbolRules rules) : ITradingVenue
    {
        private static readonly Result<IReadOnlyList<ExchangeTrade>> NoTrades = Result.Ok<
            IReadOnlyList<ExchangeTrade>
        >([]);
        private long _ids;

        public Task<Result<OrderAck>> PlaceAsync(OrderRequest order, CancellationToken ct) =>
            Task.FromResult(
                Result.Ok(
                    new OrderAck(
                        order.Symbol,
                        (++_ids).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        order.ClientOrderId,
                        order.Side,
                        order.Type,
                        order.Price ?? 0,
                        order.Quantity ?? 0,
                        Start
                    )
                )
            );

        public Task<Result<ExchangeOrder>> CancelAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
            throw new NotSupportedException();

        public Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
            throw new NotSupportedException();

        public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken ct) =>
            throw new NotSupportedException();

        public Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesSinceAsync(
            Symbol symbol,
            DateTimeOffset since,
            CancellationToken ct
        ) => Task.FromResult(NoTrades);

        public Task<Result<IReadOnlyList<ExchangeTrade>>> GetOrderTradesAsync(
            Symbol symbol,
            string orderId,
            CancellationToken ct
        ) => Task.FromResult(NoTrades);

        public Task<Result<IReadOnlyList<AccountBalance>>> GetBalancesAsync(CancellationToken ct) =>
            throw new NotSupportedException();

        public Task<Result<SymbolRules>> GetSymbolRulesAsync(Symbol symbol, CancellationToken ct) =>
            Task.FromResult(Result.Ok(rules));

        public IAsyncEnumerable<VenueEvent> EventsAsync(CancellationToken ct) => AsyncEnumerable.Empty<VenueEvent>();
    }
}
