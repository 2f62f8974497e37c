using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Outcomes;

namespace MexcTrader.Tests.Core.Signals.Outcomes;

public sealed class SignalOutcomeTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Eth = new("ETHUSDT");

    [Fact]
    public void OnCandleClosed_BeforeHorizon_ScoresNothing_ThenAtHorizonScoresFromThatClose()
    {
        var sut = new SignalOutcomeTracker();
        sut.Track(Make(Btc, "a", 0.8, hours: 3), entryPrice: 100);

        Assert.Empty(sut.OnCandleClosed(Btc, T0.AddHours(1), 90));
        Assert.Empty(sut.OnCandleClosed(Btc, T0.AddHours(2), 95));
        var outcome = Assert.Single(sut.OnCandleClosed(Btc, T0.AddHours(3), 110));

        Assert.Equal(110, outcome.ExitPrice);
        Assert.Equal(0.1, outcome.Return, 12);
        Assert.True(outcome.Hit);
        Assert.Equal(0, sut.PendingCount);
    }

    [Fact]
    public void OnCandleClosed_WhenGapOvershootsHorizon_UsesLastCloseInsideHorizon()
    {
        var sut = new SignalOutcomeTracker();
        sut.Track(Make(Btc, "a", -0.6, hours: 3), entryPrice: 100);
        sut.OnCandleClosed(Btc, T0.AddHours(2), 96);

        var outcome = Assert.Single(sut.OnCandleClosed(Btc, T0.AddHours(6), 130));

        Assert.Equal(96, outcome.ExitPrice);
        Assert.True(outcome.Hit);
        Assert.Equal(0.04, outcome.DirectionalReturn, 12);
    }

    [Fact]
    public void OnCandleClosed_OtherSymbol_DoesNotScore()
    {
        var sut = new SignalOutcomeTracker();
        sut.Track(Make(Btc, "a", 0.8, hours: 1), entryPrice: 100);

        Assert.Empty(sut.OnCandleClosed(Eth, T0.AddHours(5), 1));
        Assert.Equal(1, sut.PendingCount);
    }

    [Fact]
    public void Summarise_HandBuiltOutcomes_GivesAccuracyPerPairAndOverall()
    {
        var sut = new SignalOutcomeTracker(neutralBand: 0.1);
        sut.Track(Make(Btc, "ta", 0.5, hours: 1), 100); // up 10 %: hit
        sut.Track(Make(Btc, "ta", -0.5, hours: 1), 100); // up 10 %: miss
        sut.Track(Make(Btc, "ta", 0.05, hours: 1), 100); // neutral: not counted
        sut.Track(Make(Eth, "ta", -0.9, hours: 1), 200); // down 5 %: hit
        var outcomes = sut.OnCandleClosed(Btc, T0.AddHours(1), 110)
            .Concat(sut.OnCandleClosed(Eth, T0.AddHours(1), 190));

        var summary = AgentAccuracy.Summarise(outcomes);

        Assert.Equal(3, summary.Count);
        var btc = summary.Single(a => a.Symbol == Btc);
        Assert.Equal((2, 1, 0.5), (btc.Scored, btc.Hits, btc.HitRate));
        Assert.Equal(0, btc.MeanDirectionalReturn, 12);
        var eth = summary.Single(a => a.Symbol == Eth);
        Assert.Equal((1, 1, 1.0), (eth.Scored, eth.Hits, eth.HitRate));
        var overall = summary.Single(a => a.Symbol is null);
        Assert.Equal((3, 2), (overall.Scored, overall.Hits));
        Assert.Equal(2.0 / 3, overall.HitRate, 12);
        Assert.Equal((0.1 - 0.1 + 0.05) / 3, overall.MeanDirectionalReturn, 12);
    }

    private static Signal Make(Symbol symbol, string agent, double score, int hours) =>
        new(symbol, agent, 1, T0, score, 0.5, TimeSpan.FromHours(hours), "", new Dictionary<string, double>());
}
