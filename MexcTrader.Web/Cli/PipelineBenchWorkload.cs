using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Orders;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Execution.Venues;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Portfolio;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Signals;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Cli;

/// <summary>
/// N pairs driven candle by candle through the whole engine path without network: the closed candle enters the pair's
/// rolling state and agents (the <see cref="DecisionBenchWorkload"/> replay and agents), the pair's snapshot is built,
/// the rule engine, risk and formatter judge it, and the executor plans and hands every executable record to the
/// in-process simulated exchange (<see cref="SimulatedVenue"/>, <see cref="InMemoryExecutionStore"/>). Each pair's
/// candle is its own event, as candles of different pairs arrive one by one from the stream.
/// <see cref="Arrive"/> (the exchange's side: the candle's trades) and <see cref="Settle"/> (fills booked) are not
/// part of the measured path; <see cref="OnClosedCandle"/> is.
/// </summary>
public sealed class PipelineBenchWorkload : IDisposable
{
    private const decimal StartingCash = 100_000m;
    private readonly DecisionBenchWorkload.PairFeed[] _feeds;
    private readonly SnapshotAggregator[] _aggregators;
    private readonly PairInput[][] _inputs;
    private readonly Bar[] _arrived;
    private readonly Dictionary<Symbol, SymbolRules> _rules = [];
    private readonly Dictionary<Symbol, decimal> _marks = [];
    private readonly ReplayClock _clock;
    private readonly RiskModule _risk;
    private readonly DecisionPipeline _pipeline;
    private readonly SimulatedExchange _exchange;
    private readonly OrderManager _orders;
    private readonly Executor _executor;
    private DateTimeOffset _time = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private PipelineBenchWorkload(IReadOnlyList<IReadOnlyList<Candle>> series, int pairs)
    {
        _clock = new ReplayClock(_time);
        _feeds = new DecisionBenchWorkload.PairFeed[pairs];
        _aggregators = new SnapshotAggregator[pairs];
        _inputs = new PairInput[pairs][];
        _arrived = new Bar[pairs];
        _exchange = new SimulatedExchange(_clock);
        _exchange.Deposit("USDT", StartingCash);
        for (var i = 0; i < pairs; i++)
        {
            var source = series[i % series.Count];
            var symbol = new Symbol($"P{i:D3}USDT");
            _feeds[i] = new DecisionBenchWorkload.PairFeed(symbol, source, offset: i / series.Count * 97);
            _aggregators[i] = new SnapshotAggregator(new AggregatorOptions(), _clock);
            var listed = SimulatedSymbolRules.ForPair(symbol, (decimal)source[0].Close);
            _exchange.AddSymbol(listed);
            _rules[symbol] = SimulatedVenue.RulesOf(listed);
        }
        _risk = DecisionBenchWorkload.NewRisk(_clock);
        _pipeline = DecisionBenchWorkload.NewPipeline(_risk);
        var store = new InMemoryExecutionStore();
        var events = new ExecutionEvents();
        _orders = new OrderManager(
            new SimulatedVenue(_exchange),
            store,
            new PositionBook(StartingCash),
            events,
            _clock,
            NullLogger<OrderManager>.Instance
        );
        _executor = new Executor(
            _orders,
            new ProtectiveExits(store, _clock),
            Options.Create(new ExecutionOptions()),
            events,
            _clock
        );
    }

    public int Pairs => _feeds.Length;

    /// <summary>What the measured candles led to, over the whole run.</summary>
    public PipelineMix Mix { get; } = new();

    /// <param name="series">Candle series to replay (at least one, each with 200 candles or more).</param>
    /// <param name="warmUpRounds">Candles per pair replayed before trading starts (indicators warm up), unmeasured.</param>
    public static PipelineBenchWorkload Create(
        IReadOnlyList<IReadOnlyList<Candle>> series,
        int pairs,
        int warmUpRounds = 150
    )
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        if (series.Count == 0 || series.Any(s => s.Count < 200))
        {
            throw new ArgumentException("Give at least one candle series of 200 candles or more.", nameof(series));
        }
        var workload = new PipelineBenchWorkload(series, pairs);
        for (var round = 0; round < warmUpRounds; round++)
        {
            workload.NextHour();
            for (var i = 0; i < pairs; i++)
            {
                workload.Arrive(i);
                workload._feeds[i].Apply(in workload._arrived[i]);
            }
        }
        for (var i = 0; i < pairs; i++)
        {
            workload._inputs[i] = [Input(workload._feeds[i])];
        }
        return workload;
    }

    /// <summary>Unmeasured: the clock moves to the next candle's close; call before the round's <see cref="Arrive"/>s.</summary>
    public void NextHour()
    {
        _time += TimeSpan.FromHours(1);
        _clock.AdvanceTo(_time);
    }

    /// <summary>Unmeasured: the pair's next candle happens on the exchange (its close trades there), ready to enter.</summary>
    public void Arrive(int pair)
    {
        var feed = _feeds[pair];
        _arrived[pair] = feed.NextBar();
        var rules = _rules[feed.Symbol];
        _exchange.ApplyMarketTrade(feed.Symbol, PriceOf(_arrived[pair].Close, rules), 1m);
    }

    /// <summary>
    /// The measured path: the pair's arrived candle → state and agents → the pair's snapshot → rules, risk and
    /// formatter → executor → order requests to the venue (protective exits first, as the engine feeds prices).
    /// Returns the orders sent.
    /// </summary>
    public int OnClosedCandle(int pair, CancellationToken ct)
    {
        var feed = _feeds[pair];
        ref readonly var bar = ref _arrived[pair];
        feed.Apply(in bar);
        if (feed.SignalsChanged)
        {
            _inputs[pair][0] = Input(feed);
        }
        var rules = _rules[feed.Symbol];
        var close = PriceOf(bar.Close, rules);
        _marks[feed.Symbol] = close;
        var sent = 0;
        if (Completed(_executor.OnPriceAsync(feed.Symbol, close, ct)) is { } stop)
        {
            sent += Count(stop, protective: true);
        }
        var snapshot = _aggregators[pair].Build(_inputs[pair], _orders.Book.Snapshot(_marks, _risk.State));
        var run = _pipeline.RunAsync(snapshot, _rules, ct);
        // The rule engine completes synchronously; anything else would be a workload bug.
        var result = run.IsCompletedSuccessfully
            ? run.Result
            : throw new InvalidOperationException("The rule engine cycle did not complete synchronously.");
        var outcome = result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Failure.ToString());
        foreach (var record in outcome.Records)
        {
            Mix.Decisions.Count(record);
            if (record.IsExecutable)
            {
                sent += Count(Completed(_executor.ExecuteAsync(record, ct)), protective: false);
            }
        }
        return sent;
    }

    /// <summary>Unmeasured: the fills of the orders just sent are booked (as the venue's pushes would be).</summary>
    public void Settle(CancellationToken ct) => Completed(_orders.PollAsync(ct));

    /// <summary>Open positions in the executor's book now.</summary>
    public int OpenPositions => _orders.Book.Positions.Count(p => p.Quantity > 0);

    public void Dispose() => _orders.Dispose();

    /// <summary>Bytes one more pair's own engine state holds once warm: rolling state, agents, snapshot buffers.</summary>
    public static long MeasurePairState(IReadOnlyList<Candle> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var clock = new ReplayClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var feed = new DecisionBenchWorkload.PairFeed(new Symbol("PSTATEUSDT"), series, offset: 0);
        var aggregator = new SnapshotAggregator(new AggregatorOptions(), clock);
        PairInput[] inputs = [];
        for (var k = 0; k < 250; k++)
        {
            feed.Next();
            inputs = [Input(feed)];
            aggregator.Build(inputs, Empty);
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(feed);
        GC.KeepAlive(aggregator);
        GC.KeepAlive(inputs);
        return after - before;
    }

    private static readonly PortfolioSnapshot Empty = new(
        StartingCash,
        StartingCash,
        0,
        0,
        0,
        0,
        TradingState.Active,
        []
    );

    private static PairInput Input(DecisionBenchWorkload.PairFeed feed) => new(feed.State, feed.Latest, feed.Accuracy);

    private static decimal PriceOf(double price, SymbolRules rules) =>
        Math.Round((decimal)price, rules.QuotePrecision, MidpointRounding.AwayFromZero);

    private int Count(Result<ExecutionOrder> order, bool protective)
    {
        if (!order.IsSuccess)
        {
            Mix.Refused[order.Failure.Code] = Mix.Refused.GetValueOrDefault(order.Failure.Code) + 1;
            Mix.FirstRefusal.TryAdd(order.Failure.Code, order.Failure.Message);
            return 0;
        }
        _ = order.Value.Leg switch
        {
            OrderLeg.Entry => Mix.Entries++,
            _ when protective => Mix.ProtectiveExits++,
            _ => Mix.Exits++,
        };
        return 1;
    }

    // The in-memory store and simulated venue answer synchronously, so the engine's awaits never yield here.
    private static T Completed<T>(Task<T> task) =>
        task.IsCompleted
            ? task.GetAwaiter().GetResult()
            : throw new InvalidOperationException("The in-memory execution path did not complete synchronously.");

    private static void Completed(Task task)
    {
        if (!task.IsCompleted)
        {
            throw new InvalidOperationException("The in-memory execution path did not complete synchronously.");
        }
        task.GetAwaiter().GetResult();
    }
}

/// <summary>What the measured candles decided and sent, over the whole run.</summary>
public sealed class PipelineMix
{
    public DecisionMix Decisions { get; } = new();
    public long Entries { get; set; }
    public long Exits { get; set; }
    public long ProtectiveExits { get; set; }

    /// <summary>Orders the executor or venue refused, by failure code.</summary>
    public Dictionary<string, long> Refused { get; } = new(StringComparer.Ordinal);

    /// <summary>The first refusal's message per failure code, to say what the code means.</summary>
    public Dictionary<string, string> FirstRefusal { get; } = new(StringComparer.Ordinal);

    public long Orders => Entries + Exits + ProtectiveExits;
}
