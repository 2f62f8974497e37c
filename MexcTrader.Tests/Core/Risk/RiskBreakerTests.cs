using MexcTrader.Core.Decisions;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Risk;

public sealed class RiskBreakerTests
{
    private static RiskHarness Harness(RiskSettings? settings = null) =>
        new(
            settings ?? new RiskSettings(),
            Portfolio(9_000m, 10_000m, 0, Position("ETHUSDT", 10m, 100m)),
            Pair("BTCUSDT", 100m),
            Pair("ETHUSDT", 100m)
        );

    [Fact]
    public void KillSwitch_WhenEngaged_HaltsEverythingAndReportsEvents()
    {
        var sut = Harness();
        sut.BeginCycle();

        var events = sut.Sut.SetKillSwitch(true, "operator");
        var buy = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));
        var close = sut.Judge(Decide("ETHUSDT", DecisionAction.Close));

        Assert.Equal(TradingState.Halted, sut.Sut.State);
        Assert.Equal(
            [
                (RiskEventKind.Tripped, RiskBreakerNames.KillSwitch),
                (RiskEventKind.StateChanged, RiskBreakerNames.TradingState),
            ],
            events.Select(e => (e.Kind, e.Breaker))
        );
        Assert.Equal([RiskReasons.KillSwitch], buy.Reasons);
        Assert.Equal([RiskReasons.KillSwitch], close.Reasons);
    }

    [Fact]
    public void KillSwitch_WhenReleased_ReturnsToActive()
    {
        var sut = Harness();
        sut.Sut.SetKillSwitch(true, "operator");

        var events = sut.Sut.SetKillSwitch(false, "operator");

        Assert.Equal(TradingState.Active, sut.Sut.State);
        Assert.Equal(TradingState.Active, events[^1].State);
        Assert.True(sut.Judge(Decide("BTCUSDT", DecisionAction.Buy)).IsExecutable);
    }

    [Fact]
    public void MaxDrawdown_WhenReached_HaltsUntilResetByHandAndRetripsWhileStillBeyond()
    {
        var sut = Harness(new RiskSettings { Portfolio = new PortfolioLimits { MaxDrawdown = 0.2 } });
        sut.Portfolio = sut.Portfolio with { Drawdown = 0.25 };

        var tripped = sut.BeginCycle();
        sut.Portfolio = sut.Portfolio with { Drawdown = 0.1 };
        var stillHalted = sut.BeginCycle();

        Assert.Contains(tripped, e => e is { Kind: RiskEventKind.Tripped, Breaker: RiskBreakerNames.MaxDrawdown });
        Assert.Empty(stillHalted);
        Assert.Equal([RiskReasons.Halted], sut.Judge(Decide("ETHUSDT", DecisionAction.Close)).Reasons);

        sut.Sut.ResetDrawdownHalt("reviewed");
        Assert.Equal(TradingState.Active, sut.Sut.State);
        sut.Portfolio = sut.Portfolio with { Drawdown = 0.3 };
        sut.BeginCycle();
        Assert.Equal(TradingState.Halted, sut.Sut.State);
    }

    [Fact]
    public void DailyLoss_WhenReached_AllowsOnlyExitsUntilTheNextUtcDay()
    {
        var sut = Harness(new RiskSettings { Portfolio = new PortfolioLimits { DailyLossLimit = 0.05 } });
        sut.BeginCycle();
        sut.Clock.Advance(TimeSpan.FromHours(3));
        sut.Portfolio = sut.Portfolio with { Equity = 9_400m };

        var tripped = sut.BeginCycle();
        var buy = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));
        var close = sut.Judge(Decide("ETHUSDT", DecisionAction.Close));

        Assert.Equal(TradingState.Reducing, sut.Sut.State);
        Assert.Contains(tripped, e => e is { Kind: RiskEventKind.Tripped, Breaker: RiskBreakerNames.DailyLoss });
        Assert.Equal([RiskReasons.Reducing], buy.Reasons);
        Assert.True(close.IsExecutable);

        sut.Clock.Advance(TimeSpan.FromHours(9)); // 00:00 UTC next day
        var reset = sut.BeginCycle();

        Assert.Equal(TradingState.Active, sut.Sut.State);
        Assert.Contains(reset, e => e is { Kind: RiskEventKind.Reset, Breaker: RiskBreakerNames.DailyLoss });
        Assert.Contains(reset, e => e is { Kind: RiskEventKind.StateChanged, State: TradingState.Active });
    }

    [Fact]
    public void StopOut_StartsACooldownThatBlocksEntriesUntilItEnds()
    {
        var sut = Harness(
            new RiskSettings { Portfolio = new PortfolioLimits { StopOutCooldown = TimeSpan.FromHours(4) } }
        );
        sut.BeginCycle();

        var started = sut.Sut.ReportStopOut(Sym("BTCUSDT"));
        var during = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));
        var otherPair = sut.Judge(Decide("ETHUSDT", DecisionAction.Buy));
        sut.Clock.Advance(TimeSpan.FromHours(4));
        var ended = sut.BeginCycle();
        var after = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(RiskBreakerNames.Cooldown, Assert.Single(started).Breaker);
        Assert.Equal([RiskReasons.Cooldown], during.Reasons);
        Assert.Contains(new LimitSeen("cooldown-minutes-left", 0, 240), during.Limits);
        Assert.True(otherPair.IsExecutable);
        Assert.Contains(ended, e => e is { Kind: RiskEventKind.Reset, Breaker: RiskBreakerNames.Cooldown });
        Assert.True(after.IsExecutable);
    }

    [Fact]
    public void VolatilityHalt_TripsAndResetsPerPairAsAtrCrossesTheLimit()
    {
        var sut = Harness(new RiskSettings { Default = new PairLimits { VolatilityHaltAtrFraction = 0.05 } });
        sut.Pairs = [Pair("BTCUSDT", 100m, atrFraction: 0.07), Pair("ETHUSDT", 100m)];

        var tripped = sut.BeginCycle();
        sut.Pairs = [Pair("BTCUSDT", 100m, atrFraction: 0.03), Pair("ETHUSDT", 100m)];
        var reset = sut.BeginCycle();

        var trip = Assert.Single(tripped);
        Assert.Equal(
            (RiskEventKind.Tripped, RiskBreakerNames.VolatilityHalt, Sym("BTCUSDT")),
            (trip.Kind, trip.Breaker, trip.Symbol)
        );
        Assert.Equal(RiskEventKind.Reset, Assert.Single(reset).Kind);
        Assert.Equal(TradingState.Active, sut.Sut.State);
    }

    [Fact]
    public void Validate_DefaultSettings_HaveNoProblems()
    {
        Assert.Empty(new RiskSettings().Validate());
    }

    [Fact]
    public void Validate_BadSettings_NameEachProblem()
    {
        var settings = new RiskSettings
        {
            Portfolio = new PortfolioLimits { MaxOpenPositions = 0, MaxExposure = 1.5 },
            Default = new PairLimits { Fraction = -0.1, StopLoss = 1.2 },
            Pairs = new Dictionary<string, PairLimits> { ["btc-usdt"] = new() },
        };

        var problems = settings.Validate();

        Assert.Contains("Max open positions must be 1 or more (is 0).", problems);
        Assert.Contains("Max exposure must be above 0 and at most 1 (is 1.5).", problems);
        Assert.Contains("Pair limits (default): fraction must be above 0 and at most 1 (is -0.1).", problems);
        Assert.Contains(
            "Pair limits (default): stop-loss distance must be above 0 and at most 0.999 (is 1.2).",
            problems
        );
        Assert.Contains("Per-pair limits: 'btc-usdt' is not a symbol such as BTCUSDT.", problems);
        Assert.Throws<ArgumentException>(() => new RiskModule(settings, TimeProvider.System));
    }
}
