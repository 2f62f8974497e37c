using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;
using MexcTrader.Core.Signals.Outcomes;

namespace MexcTrader.Web.Cli;

/// <summary>
/// A market of N pairs for measuring one decision cycle without the LLM (snapshot → rule engine → risk →
/// formatter). Each pair replays the per-candle moves of a real candle series (tiled with offsets, so 3 files can
/// drive 50 pairs) through the real technical-analysis agent; a second, momentum agent signals every few candles.
/// <see cref="Advance"/> is the work before a cycle (next candle, agents, fills of the last cycle's orders, stops):
/// not part of the measured cycle. <see cref="RunCycle"/> is the measured cycle.
/// </summary>
public sealed class DecisionBenchWorkload
{
    private const decimal StartingCash = 100_000m;
    private readonly PairFeed[] _feeds;
    private readonly PairInput[] _inputs;
    private readonly Dictionary<Symbol, SymbolRules> _rules = [];
    private readonly Dictionary<Symbol, Holding> _holdings = [];
    private readonly ReplayClock _clock;
    private readonly SnapshotAggregator _aggregator;
    private readonly DecisionPipeline _pipeline;
    private readonly RiskModule _risk;
    private decimal _cash = StartingCash;
    private decimal _peak = StartingCash;
    private DateTimeOffset _time;
    private CycleOutcome? _last;

    private DecisionBenchWorkload(IReadOnlyList<IReadOnlyList<Candle>> series, int pairs, int warmUp)
    {
        _time = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        _clock = new ReplayClock(_time);
        _feeds = new PairFeed[pairs];
        _inputs = new PairInput[pairs];
        for (var i = 0; i < pairs; i++)
        {
            var source = series[i % series.Count];
            var symbol = new Symbol($"P{i:D3}USDT");
            _feeds[i] = new PairFeed(symbol, source, offset: i / series.Count * 97);
            _rules[symbol] = RulesFor(symbol, (decimal)source[0].Close);
        }
        _risk = NewRisk(_clock);
        _aggregator = new SnapshotAggregator(new AggregatorOptions(), _clock);
        _pipeline = NewPipeline(_risk);
        for (var k = 0; k < warmUp; k++)
        {
            Step();
        }
        Refresh();
    }

    public int Pairs => _feeds.Length;

    /// <summary>Counts over all measured and unmeasured cycles, to show the work is real.</summary>
    public DecisionMix Mix { get; } = new();

    /// <param name="series">Candle series to replay (at least one, each with 200 candles or more).</param>
    public static DecisionBenchWorkload Create(IReadOnlyList<IReadOnlyList<Candle>> series, int pairs)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        if (series.Count == 0 || series.Any(s => s.Count < 200))
        {
            throw new ArgumentException("Give at least one candle series of 200 candles or more.", nameof(series));
        }
        return new DecisionBenchWorkload(series, pairs, warmUp: 150);
    }

    /// <summary>The risk settings every decision bench shares.</summary>
    internal static RiskModule NewRisk(TimeProvider clock) =>
        // Small entries, room for many positions and no drawdown halt (the rule engine loses money on this replay and
        // would halt for good), so that sizing, caps and exits keep being exercised, not only refusals.
        new(
            new RiskSettings
            {
                Portfolio = new PortfolioLimits
                {
                    MaxOpenPositions = 40,
                    MaxExposure = 0.9,
                    MaxDrawdown = 0,
                },
                Default = new PairLimits { Fraction = 0.03 },
            },
            clock
        );

    /// <summary>The rule engine every decision bench shares, behind the given risk module.</summary>
    internal static DecisionPipeline NewPipeline(RiskModule risk) =>
        // A narrower hysteresis band than the default so positions turn over and exits are judged too.
        new(new RuleDecisionEngine(new RuleEngineOptions { EntryThreshold = 0.3, ExitThreshold = 0.1 }), risk);

    /// <summary>The measured cycle: one snapshot for all pairs, then engine, risk and formatter.</summary>
    public CycleOutcome RunCycle()
    {
        var snapshot = _aggregator.Build(_inputs, Portfolio());
        var run = _pipeline.RunAsync(snapshot, _rules, CancellationToken.None);
        // The rule engine completes synchronously; anything else would be a workload bug.
        var result = run.IsCompletedSuccessfully
            ? run.Result
            : throw new InvalidOperationException("The rule engine cycle did not complete synchronously.");
        _last = result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Failure.ToString());
        return _last;
    }

    /// <summary>The snapshot part of <see cref="RunCycle"/> alone.</summary>
    public MarketSnapshot BuildSnapshot() => _aggregator.Build(_inputs, Portfolio());

    /// <summary>Unmeasured: fill the last cycle's orders at their reference price, then move every pair one candle.</summary>
    public void Advance()
    {
        if (_last is not null)
        {
            Fill(_last.Records);
            _last = null;
        }
        Step();
        Refresh();
    }

    private void Step()
    {
        _time += TimeSpan.FromHours(1);
        _clock.AdvanceTo(_time);
        foreach (var feed in _feeds)
        {
            var bar = feed.Next();
            if (_holdings.TryGetValue(feed.Symbol, out var held) && held.Stop > 0 && (decimal)bar.Low <= held.Stop)
            {
                // A protective stop fired inside the candle: sold at the stop, and the pair cools down.
                _cash += held.Quantity * held.Stop;
                _holdings.Remove(feed.Symbol);
                _risk.ReportStopOut(feed.Symbol);
                Mix.StopOuts++;
            }
        }
    }

    private void Refresh()
    {
        for (var i = 0; i < _feeds.Length; i++)
        {
            if (_inputs[i] is null || _feeds[i].SignalsChanged)
            {
                _inputs[i] = new PairInput(_feeds[i].State, _feeds[i].Latest, _feeds[i].Accuracy);
            }
        }
    }

    private void Fill(IReadOnlyList<DecisionRecord> records)
    {
        foreach (var record in records)
        {
            Mix.Count(record);
            if (!record.IsExecutable)
            {
                continue;
            }
            _holdings.TryGetValue(record.Symbol, out var held);
            var notional = record.Quantity * record.ReferencePrice;
            if (record.Action == DecisionAction.Buy)
            {
                _cash -= notional;
                _holdings[record.Symbol] = new Holding(
                    held.Quantity + record.Quantity,
                    (held.Quantity * held.AveragePrice + notional) / (held.Quantity + record.Quantity),
                    record.Exits?.StopLoss ?? 0
                );
            }
            else
            {
                _cash += notional;
                var left = held.Quantity - record.Quantity;
                if (left > 0)
                {
                    _holdings[record.Symbol] = held with { Quantity = left };
                }
                else
                {
                    _holdings.Remove(record.Symbol);
                }
            }
        }
    }

    /// <summary>What the execution layer will supply: positions marked to the last close.</summary>
    private PortfolioSnapshot Portfolio()
    {
        var positions = new List<PositionSnapshot>(_holdings.Count);
        var exposure = 0m;
        foreach (var feed in _feeds)
        {
            if (_holdings.TryGetValue(feed.Symbol, out var held))
            {
                var price = (decimal)feed.State.Last.Close;
                var value = held.Quantity * price;
                exposure += value;
                positions.Add(
                    new PositionSnapshot(
                        feed.Symbol,
                        held.Quantity,
                        held.AveragePrice,
                        value,
                        value - held.Quantity * held.AveragePrice
                    )
                );
            }
        }
        var equity = _cash + exposure;
        _peak = Math.Max(_peak, equity);
        return new PortfolioSnapshot(
            _cash,
            equity,
            exposure,
            equity - StartingCash,
            0,
            (double)((_peak - equity) / _peak),
            _risk.State,
            positions
        );
    }

    private static SymbolRules RulesFor(Symbol symbol, decimal price)
    {
        // Quantity decimals so that one step is worth about 0.01–0.1 USDT, prices to 2 significant decimals.
        var digits = Math.Clamp((int)Math.Ceiling(Math.Log10((double)price)) + 1, 0, 8);
        var pricePrecision = Math.Clamp(4 - (int)Math.Floor(Math.Log10((double)price)), 1, 8);
        return new SymbolRules(
            symbol,
            symbol.Value[..^4],
            "USDT",
            digits,
            pricePrecision,
            8,
            0,
            5m,
            5m,
            2_000_000m,
            1_000_000m,
            [OrderType.Limit, OrderType.Market],
            true,
            true,
            [OrderSide.Buy, OrderSide.Sell],
            0,
            0.0005m
        );
    }

    private readonly record struct Holding(decimal Quantity, decimal AveragePrice, decimal Stop);

    /// <summary>One pair: a real series' per-candle moves replayed from a running price, and its agents.</summary>
    internal sealed class PairFeed
    {
        private readonly IReadOnlyList<Candle> _source;
        private readonly TechnicalAnalysisAgent _technical;
        private readonly double _detrend;
        private int _next;
        private double _price;
        private Signal? _technicalSignal;
        private Signal? _momentumSignal;

        public PairFeed(Symbol symbol, IReadOnlyList<Candle> source, int offset)
        {
            Symbol = symbol;
            _source = source;
            _next = 1 + offset % (source.Count - 1);
            _price = (double)source[0].Close;
            // Each pass over the series would otherwise multiply the price by its whole-series drift, and after many
            // passes prices leave the pair's tick; removing the drift keeps every candle's shape.
            _detrend = Math.Pow((double)source[0].Close / (double)source[^1].Close, 1.0 / (source.Count - 1));
            State = new PairState(symbol, Interval.OneHour, capacity: 200);
            _technical = new TechnicalAnalysisAgent(State, new TechnicalParameters());
            Accuracy = [new AgentAccuracy(TechnicalAnalysisAgent.AgentId, symbol, 60, 33, 0.55, 0.001)];
        }

        public Symbol Symbol { get; }
        public PairState State { get; }
        public IReadOnlyList<AgentAccuracy> Accuracy { get; }
        public IReadOnlyList<Signal> Latest { get; private set; } = [];
        public bool SignalsChanged { get; private set; }

        public Bar Next()
        {
            var bar = NextBar();
            Apply(in bar);
            return bar;
        }

        /// <summary>The next candle of the replay, as it would arrive from the exchange (nothing is updated).</summary>
        public Bar NextBar()
        {
            var previous = (double)_source[_next - 1].Close / _detrend;
            var candle = _source[_next];
            _next = _next + 1 == _source.Count ? 1 : _next + 1;
            var open = _price * (double)candle.Open / previous;
            var close = _price * (double)candle.Close / previous;
            var bar = new Bar(
                State.Count == 0
                    ? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)
                    : State.Last.OpenTime.AddHours(1),
                open,
                Math.Max(_price * (double)candle.High / previous, Math.Max(open, close)),
                Math.Min(_price * (double)candle.Low / previous, Math.Min(open, close)),
                close,
                (double)candle.Volume
            );
            _price = close;
            return bar;
        }

        /// <summary>The engine's work on a closed candle: the pair's rolling state, then its agents.</summary>
        public void Apply(in Bar bar)
        {
            State.Add(in bar);
            SignalsChanged = false;
            if (_technical.Evaluate(State) is { } technical)
            {
                _technicalSignal = technical;
                SignalsChanged = true;
            }
            if (State.Count % 6 == 0 && State.Count > 6)
            {
                var move = State.Last.Close / State[6].Close - 1;
                _momentumSignal = new Signal(
                    Symbol,
                    "momentum",
                    1,
                    State.Now,
                    Math.Clamp(move * 20, -1, 1),
                    0.6,
                    TimeSpan.FromHours(6),
                    "six-candle return",
                    EmptyFeatures
                );
                SignalsChanged = true;
            }
            if (SignalsChanged)
            {
                Latest =
                    _technicalSignal is null ? [_momentumSignal!]
                    : _momentumSignal is null ? [_technicalSignal]
                    : [_technicalSignal, _momentumSignal];
            }
        }

        private static readonly IReadOnlyDictionary<string, double> EmptyFeatures = new Dictionary<string, double>();
    }
}

/// <summary>What the decision cycles decided, over the whole run.</summary>
public sealed class DecisionMix
{
    public long Holds { get; set; }
    public long Buys { get; set; }
    public long Exits { get; set; }
    public long Approved { get; set; }
    public long Resized { get; set; }
    public long Rejected { get; set; }
    public long StopOuts { get; set; }

    /// <summary>Rejected orders by their last reason code (the one that decided it).</summary>
    public Dictionary<string, long> RejectedBy { get; } = new(StringComparer.Ordinal);

    internal void Count(DecisionRecord record)
    {
        _ = record.Action switch
        {
            DecisionAction.Hold => Holds++,
            DecisionAction.Buy => Buys++,
            _ => Exits++,
        };
        if (record.Action == DecisionAction.Hold)
        {
            return;
        }
        _ = record.Outcome switch
        {
            Core.Risk.RiskOutcome.Approved => Approved++,
            Core.Risk.RiskOutcome.Resized => Resized++,
            _ => Rejected++,
        };
        if (record.Outcome == Core.Risk.RiskOutcome.Rejected && record.RiskReasons.Count > 0)
        {
            var reason = record.RiskReasons[^1];
            RejectedBy[reason] = RejectedBy.GetValueOrDefault(reason) + 1;
        }
    }
}
