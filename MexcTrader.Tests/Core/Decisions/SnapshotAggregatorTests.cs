using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Indicators;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Outcomes;
using Microsoft.Extensions.Time.Testing;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Decisions;

public sealed class SnapshotAggregatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static PairState State(string symbol, double[] closes, int hoursLate = 0)
    {
        var state = new PairState(Sym(symbol), Interval.OneHour, capacity: 200);
        for (var i = 0; i < closes.Length; i++)
        {
            var c = closes[i];
            state.Add(new Bar(Start.AddHours(i - hoursLate), c, c * 1.01, c * 0.99, c, 10 + i % 5));
        }
        return state;
    }

    private static double[] Walk(int count, int seed, double sign = 1)
    {
        var random = new Random(seed);
        var closes = new double[count];
        closes[0] = 100;
        for (var i = 1; i < count; i++)
        {
            closes[i] = closes[i - 1] * (1 + sign * (random.NextDouble() - 0.5) * 0.04);
        }
        return closes;
    }

    private static SnapshotAggregator Aggregator() =>
        new(new AggregatorOptions(), new FakeTimeProvider(Start.AddDays(10)));

    private static PairInput Input(PairState state, params Signal[] signals) => new(state, signals, []);

    [Fact]
    public void Build_SummarisesPriceActionOverTheConfiguredWindows()
    {
        var closes = Enumerable.Range(0, 120).Select(i => 100.0 + i).ToArray();
        var state = State("BTCUSDT", closes);

        var snapshot = Aggregator().Build([Input(state)], Portfolio(1_000m, 1_000m));

        var price = Assert.Single(snapshot.Pairs).Price;
        Assert.Equal(219m, price.LastClose);
        Assert.Equal(Start.AddHours(120), price.LastCloseTime);
        Assert.Equal(219.0 / 218 - 1, price.Return1, 1e-12);
        Assert.Equal(219.0 / 195 - 1, price.ReturnShort, 1e-12);
        Assert.Equal(219.0 / 123 - 1, price.ReturnLong, 1e-12);
        Assert.Equal(219 * 1.01, price.RangeHigh, 1e-9);
        Assert.Equal(124 * 0.99, price.RangeLow, 1e-9);
        Assert.Equal(14 / (10 + Enumerable.Range(96, 24).Average(i => i % 5)), price.VolumeRatio, 1e-12);
        Assert.Equal(snapshot.CycleId, Start.AddDays(10).ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Build_Indicators_MatchTheIndicatorLibraryOverTheSameCandles()
    {
        var closes = Walk(150, seed: 7);
        var state = State("BTCUSDT", closes);
        var high = closes.Select(c => c * 1.01).ToArray();
        var low = closes.Select(c => c * 0.99).ToArray();
        var atr = new double[closes.Length];
        var rsi = new double[closes.Length];
        Atr.Batch(high, low, closes, atr);
        Rsi.Batch(closes, rsi);

        var pair = Assert.Single(Aggregator().Build([Input(state)], Portfolio(1_000m, 1_000m)).Pairs);

        Assert.Equal(atr[^1], pair.Indicators["ATR(14)"], 1e-9);
        Assert.Equal(rsi[^1], pair.Indicators["RSI(14)"], 1e-9);
        Assert.Equal(atr[^1] / closes[^1], pair.Price.AtrFraction, 1e-12);
    }

    [Fact]
    public void Build_IndicatorsWhileWarmingUp_AreLeftOut()
    {
        var pair = Assert.Single(
            Aggregator().Build([Input(State("BTCUSDT", [100, 101, 102]))], Portfolio(1_000m, 1_000m)).Pairs
        );

        Assert.Empty(pair.Indicators);
        Assert.Equal(0, pair.Price.AtrFraction);
    }

    [Fact]
    public void Build_Correlations_AreOneForTheSameReturnsMinusOneForOppositeAndZeroWhenMisaligned()
    {
        var up = Walk(100, seed: 3);
        var twin = up.Select(c => c * 7).ToArray();
        var mirror = Walk(100, seed: 3, sign: -1);
        var sut = Aggregator();

        var snapshot = sut.Build(
            [
                Input(State("BTCUSDT", up)),
                Input(State("ETHUSDT", twin)),
                Input(State("SOLUSDT", mirror)),
                Input(State("XRPUSDT", Walk(100, seed: 9), hoursLate: 1)),
            ],
            Portfolio(1_000m, 1_000m)
        );
        var matrix = CorrelationMatrix.From(snapshot);

        Assert.Equal(6, snapshot.Correlations.Count);
        Assert.Equal(1, matrix.Between(Sym("BTCUSDT"), Sym("ETHUSDT")), 1e-9);
        Assert.True(matrix.Between(Sym("SOLUSDT"), Sym("BTCUSDT")) < -0.99);
        Assert.Equal(0, matrix.Between(Sym("XRPUSDT"), Sym("BTCUSDT")));
        Assert.Equal(
            snapshot.Correlations.Select(c => (c.SymbolA, c.SymbolB)),
            [
                ("BTCUSDT", "ETHUSDT"),
                ("BTCUSDT", "SOLUSDT"),
                ("BTCUSDT", "XRPUSDT"),
                ("ETHUSDT", "SOLUSDT"),
                ("ETHUSDT", "XRPUSDT"),
                ("SOLUSDT", "XRPUSDT"),
            ]
        );
        Assert.Equal(snapshot.Correlations[4], snapshot.Correlations.ElementAt(4));
    }

    [Fact]
    public void Build_Correlations_MatchPearsonOverTheWindow()
    {
        var a = Walk(80, seed: 1);
        var b = Walk(80, seed: 2);
        var options = new AggregatorOptions { CorrelationWindow = 30 };
        var sut = new SnapshotAggregator(options, new FakeTimeProvider(Start));
        var ra = Returns(a)[^30..];
        var rb = Returns(b)[^30..];

        var value = Assert
            .Single(
                sut.Build(
                    [Input(State("BTCUSDT", a)), Input(State("ETHUSDT", b))],
                    Portfolio(1_000m, 1_000m)
                ).Correlations
            )
            .Value;

        Assert.Equal(Pearson(ra, rb), value, 1e-9);
    }

    [Fact]
    public void Build_Signals_CarryTheAgentsAccuracyPreferringThePairsOwn()
    {
        var state = State("BTCUSDT", Walk(30, seed: 5));
        var technical = new Signal(
            Sym("BTCUSDT"),
            "technical",
            2,
            Start,
            0.4,
            0.7,
            TimeSpan.FromHours(4),
            "up",
            new Dictionary<string, double>()
        );
        var sentiment = technical with { AgentId = "sentiment", Score = -0.2 };
        var patterns = technical with { AgentId = "patterns" };
        AgentAccuracy[] accuracy =
        [
            new("technical", null, 100, 50, 0.5, 0.001),
            new("technical", Sym("BTCUSDT"), 40, 30, 0.75, 0.002),
            new("sentiment", null, 10, 6, 0.6, 0.001),
        ];

        var pair = Assert.Single(
            Aggregator()
                .Build([new PairInput(state, [technical, sentiment, patterns], accuracy)], Portfolio(1_000m, 1_000m))
                .Pairs
        );

        Assert.Equal(
            [("technical", 0.75, 40), ("sentiment", 0.6, 10)],
            pair.Signals.Take(2).Select(s => (s.AgentId, s.HitRate, s.Scored))
        );
        Assert.True(double.IsNaN(pair.Signals[2].HitRate));
        Assert.Equal((0.4, 0.7, 2), (pair.Signals[0].Score, pair.Signals[0].Confidence, pair.Signals[0].AgentVersion));
    }

    [Fact]
    public void Build_UnchangedSignals_ReuseTheirViews()
    {
        var state = State("BTCUSDT", Walk(30, seed: 5));
        Signal[] signals =
        [
            new(Sym("BTCUSDT"), "t", 1, Start, 0.4, 0.7, TimeSpan.FromHours(4), "", new Dictionary<string, double>()),
        ];
        var input = Input(state, signals);
        var sut = Aggregator();

        var first = sut.Build([input], Portfolio(1_000m, 1_000m));
        var second = sut.Build([input], Portfolio(1_000m, 1_000m));
        var changed = sut.Build([Input(state, [.. signals])], Portfolio(1_000m, 1_000m));

        Assert.Same(first.Pairs[0].Signals, second.Pairs[0].Signals);
        Assert.NotSame(first.Pairs[0].Signals, changed.Pairs[0].Signals);
    }

    [Fact]
    public void Build_PairWithoutCandles_IsABug()
    {
        var empty = new PairState(Sym("BTCUSDT"), Interval.OneHour);

        Assert.Throws<ArgumentException>(() => Aggregator().Build([Input(empty)], Portfolio(1_000m, 1_000m)));
    }

    [Fact]
    public void Options_Invalid_AreRejectedWithClearMessages()
    {
        var options = new AggregatorOptions
        {
            ShortWindow = 50,
            LongWindow = 20,
            CorrelationWindow = 1,
        };

        var problems = options.Validate();

        Assert.Contains("LongWindow (20) must not be shorter than ShortWindow (50).", problems);
        Assert.Contains("CorrelationWindow must be between 2 and 10000 (is 1).", problems);
        Assert.Throws<ArgumentException>(() => new SnapshotAggregator(options, TimeProvider.System));
    }

    private static double[] Returns(double[] closes) => [.. closes.Skip(1).Select((c, i) => c / closes[i] - 1)];

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average(),
            my = y.Average();
        var cov = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        var vx = x.Sum(v => (v - mx) * (v - mx));
        var vy = y.Sum(v => (v - my) * (v - my));
        return cov / Math.Sqrt(vx * vy);
    }
}
