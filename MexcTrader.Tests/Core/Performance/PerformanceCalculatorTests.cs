using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Performance;
using MexcTrader.Tests.Core.Positions;

namespace MexcTrader.Tests.Core.Performance;

public sealed class PerformanceCalculatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    // equity 100 → 110 → 99 → 121: returns +10 %, −10 %, +22.2 %; held during the middle two points
    private static readonly EquityPoint[] Curve =
    [
        new(T0, 100m, 100m, 0m),
        new(T0.AddDays(1), 110m, 60m, 50m),
        new(T0.AddDays(2), 99m, 49m, 50m),
        new(T0.AddDays(3), 121m, 121m, 0m),
    ];

    // three round trips: +9.78011, −10.1799, +4.790105 (net of a 0.001 BTC buy fee and a 0.1 % sell fee)
    private static readonly Fill[] Trips =
    [
        PositionBookTests.Buy("b1", 1m, 100m, 0.001m, 0),
        PositionBookTests.Sell("s1", 0.999m, 110m, 0.10989m, 1),
        PositionBookTests.Buy("b2", 1m, 100m, 0.001m, 2),
        PositionBookTests.Sell("s2", 0.999m, 90m, 0.0899m, 3),
        PositionBookTests.Buy("b3", 1m, 100m, 0.001m, 4),
        PositionBookTests.Sell("s3", 0.999m, 105m, 0.104895m, 5),
        PositionBookTests.Buy("b4", 1m, 100m, 0.001m, 6), // still open: not a trade yet
    ];

    [Fact]
    public void Compute_HandComputedCurve_GivesReturnDrawdownAndRatios()
    {
        var report = PerformanceCalculator.Compute(Curve, [], periodsPerYear: 252);

        Assert.Equal(0.21, report.TotalReturn, 12);
        Assert.Equal(0.1, report.MaxDrawdown, 12); // (110 − 99) / 110
        // mean 0.0740741, sample deviation 0.1626681, downside deviation √(0.01 / 3) = 0.0577350
        Assert.Equal(2.5822758, report.Volatility, 6);
        Assert.Equal(7.2287658, report.Sharpe, 6);
        Assert.Equal(20.3670031, report.Sortino, 6);
        Assert.Equal(0.5, report.ExposureTime);
    }

    [Fact]
    public void Compute_CalmarAndTurnover_MatchTheirDefinitions()
    {
        // 3 periods a year: the annualised return is the total return, 0.21, over a 0.1 drawdown
        var report = PerformanceCalculator.Compute(Curve, Trips[..2], periodsPerYear: 3);

        Assert.Equal(2.1, report.Calmar, 9);
        // (100 + 109.89) traded over an average equity of 107.5
        Assert.Equal((double)(209.89m / 107.5m), report.Turnover, 12);
    }

    [Fact]
    public void RoundTrips_NetOfFees_GiveWinRateProfitFactorAndAverages()
    {
        var trips = RoundTrip.From(Trips);
        var stats = RoundTripStats.Of(trips.Select(t => t.NetPnl));

        Assert.Equal([9.78011m, -10.1799m, 4.790105m], trips.Select(t => t.NetPnl));
        Assert.Equal((3, 2), (stats.Count, stats.Wins));
        Assert.Equal(2 / 3d, stats.WinRate, 12);
        Assert.Equal(1.4312729, stats.ProfitFactor, 6); // 14.570215 / 10.1799
        Assert.Equal(7.2851075m, stats.AverageWin);
        Assert.Equal(-10.1799m, stats.AverageLoss);
        Assert.Equal(4.390315m, stats.NetPnl);
    }

    [Fact]
    public void Attribution_ByEngineAndByAgent_SplitsTripsByTheirEntryOrders()
    {
        var trips = RoundTrip.From(Trips);
        var orders = new Dictionary<string, ExecutionOrder>
        {
            ["c-b1"] = Order("c-b1", "d1", "rules"),
            ["c-b2"] = Order("c-b2", "d2", "llm"),
            ["c-b3"] = Order("c-b3", "d3", "rules"),
        };
        var agents = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["d1"] = new Dictionary<string, double> { ["ta"] = 0.75, ["pattern"] = -0.25 },
            ["d2"] = new Dictionary<string, double> { ["ta"] = 1 },
        };

        var byEngine = Attribution.ByEngine(trips, orders);
        var byAgent = Attribution.ByAgent(trips, orders, agents);
        var byPair = Attribution.ByPair(trips);

        Assert.Equal(14.570215m, byEngine["rules"].NetPnl);
        Assert.Equal(-10.1799m, byEngine["llm"].NetPnl);
        Assert.Equal(7.3350825m - 10.1799m, byAgent["ta"].NetPnl);
        Assert.Equal(2.4450275m, byAgent["pattern"].NetPnl);
        Assert.Equal(4.390315m, byPair[new Symbol("BTCUSDT")].NetPnl);
    }

    [Fact]
    public void BuyAndHold_SplitsCashEquallyAtTheFirstPrices_AndKeepsTheLastPriceWhenOneIsMissing()
    {
        var a = new Symbol("AUSDT");
        var b = new Symbol("BUSDT");

        var curve = BuyAndHold.Curve(
            1_000m,
            [
                (T0, new Dictionary<Symbol, decimal> { [a] = 10m, [b] = 100m }),
                (T0.AddDays(1), new Dictionary<Symbol, decimal> { [a] = 12m, [b] = 90m }),
                (T0.AddDays(2), new Dictionary<Symbol, decimal> { [a] = 11m }),
            ]
        );

        Assert.Equal([1_000m, 1_050m, 1_000m], curve.Select(p => p.Equity));
    }

    [Fact]
    public void LatencyHistogram_BucketsSignalToAcknowledgement_AndSkipsUnacknowledgedOrders()
    {
        var orders = new[]
        {
            Order("a", "d", "rules") with
            {
                AcknowledgedAt = T0.AddMilliseconds(3),
            },
            Order("b", "d", "rules") with
            {
                AcknowledgedAt = T0.AddMilliseconds(20),
            },
            Order("c", "d", "rules") with
            {
                AcknowledgedAt = T0.AddMilliseconds(700),
            },
            Order("d", "d", "rules"),
        };

        var histogram = LatencyHistogram.From(orders);

        Assert.Equal(3, histogram.Samples);
        Assert.Equal([0, 1, 0, 1, 0, 0, 1, 0, 0], histogram.Counts);
        Assert.Equal((20d, 700d), (histogram.P50Ms, histogram.P99Ms));
    }

    private static ExecutionOrder Order(string clientId, string decisionId, string engine) =>
        new(
            clientId,
            decisionId,
            OrderLeg.Entry,
            0,
            engine,
            new Symbol("BTCUSDT"),
            MexcTrader.Core.Exchange.OrderSide.Buy,
            MexcTrader.Core.Exchange.OrderType.Market,
            null,
            1m,
            null,
            100m,
            ExecutionStatus.Filled,
            "x",
            1m,
            100m,
            T0,
            T0,
            T0,
            null,
            null
        );
}
