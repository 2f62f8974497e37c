using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Core.Risk.Sizing;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Risk;

public sealed class RiskModuleEntryTests
{
    private static readonly RiskSettings Plain = new()
    {
        Default = new PairLimits
        {
            Fraction = 0.05,
            MaxPositionFraction = 0,
            MaxAllocation = 1,
        },
        Portfolio = new PortfolioLimits
        {
            MaxExposure = 1,
            CashReserve = 0,
            MaxCorrelation = 1,
        },
    };

    private static RiskHarness Harness(
        RiskSettings? settings = null,
        PortfolioSnapshot? portfolio = null,
        params PairSnapshot[] pairs
    ) =>
        new(
            settings ?? Plain,
            portfolio ?? Portfolio(10_000m, 10_000m),
            pairs.Length > 0 ? pairs : [Pair("BTCUSDT", 100m)]
        );

    [Fact]
    public void Evaluate_FixedFraction_SizesFractionOfEquityScaledByConfidence()
    {
        var sut = Harness();

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy, confidence: 0.5));

        Assert.Equal(RiskOutcome.Approved, verdict.Outcome);
        Assert.Equal(2.5m, verdict.Quantity);
        Assert.Equal(250m, verdict.Notional);
    }

    [Fact]
    public void Evaluate_FixedFractionWithoutConfidenceScaling_TakesTheWholeFraction()
    {
        var settings = Plain with { Default = Plain.Default with { ScaleByConfidence = false } };
        var sut = Harness(settings);

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy, confidence: 0.5));

        Assert.Equal(500m, verdict.Notional);
    }

    [Fact]
    public void Evaluate_TargetWeight_ReplacesTheFractionNetOfTheHolding()
    {
        var sut = Harness(portfolio: Portfolio(9_000m, 10_000m, 0, Position("BTCUSDT", 10m, 100m)));

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy, weight: 0.3));

        Assert.Equal(2_000m, verdict.Notional);
    }

    [Fact]
    public void Evaluate_VolatilityTarget_SizesInverselyToAtr()
    {
        var settings = Plain with
        {
            Default = Plain.Default with { Sizing = SizingMethod.VolatilityTarget, VolatilityTarget = 0.002 },
        };
        var calm = Harness(settings, null, Pair("BTCUSDT", 100m, atrFraction: 0.02));
        var wild = Harness(settings, null, Pair("BTCUSDT", 100m, atrFraction: 0.04));

        Assert.Equal(1_000m, calm.Judge(Decide("BTCUSDT", DecisionAction.Buy)).Notional);
        Assert.Equal(500m, wild.Judge(Decide("BTCUSDT", DecisionAction.Buy)).Notional);
    }

    [Fact]
    public void Evaluate_VolatilityTargetWithoutAtr_RejectsAsNothingToSize()
    {
        var settings = Plain with
        {
            Default = Plain.Default with { Sizing = SizingMethod.VolatilityTarget, VolatilityHaltAtrFraction = 0 },
        };
        var sut = Harness(settings, null, Pair("BTCUSDT", 100m, atrFraction: 0));

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(RiskOutcome.Rejected, verdict.Outcome);
        Assert.Contains(RiskReasons.NothingToSize, verdict.Reasons);
    }

    [Theory]
    [InlineData(0.6, 2.0, 1_000)] // f* = 0.4, half = 0.2, capped at 0.1
    [InlineData(0.55, 1.0, 500)] // f* = 0.1, half = 0.05
    [InlineData(0.4, 1.0, 0)] // negative edge: nothing
    public void Evaluate_FractionalKelly_SizesFromTheTrackRecordWithCap(double winRate, double payoff, int value)
    {
        var settings = Plain with
        {
            Default = Plain.Default with { Sizing = SizingMethod.FractionalKelly, KellyFraction = 0.5, KellyCap = 0.1 },
        };
        var sut = Harness(settings);
        sut.Sut.TrackRecord = new TrackRecord(winRate, payoff);

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal((decimal)value, verdict.Notional);
        Assert.Equal(value == 0 ? RiskOutcome.Rejected : RiskOutcome.Approved, verdict.Outcome);
    }

    [Fact]
    public void Evaluate_FractionalKellyWithoutTrackRecord_FallsBackToFixedFraction()
    {
        var settings = Plain with { Default = Plain.Default with { Sizing = SizingMethod.FractionalKelly } };
        var sut = Harness(settings);

        Assert.Equal(500m, sut.Judge(Decide("BTCUSDT", DecisionAction.Buy)).Notional);
    }

    [Fact]
    public void Evaluate_AboveMaxPositionQuote_ResizesAndReportsTheLimit()
    {
        var settings = Plain with { Default = Plain.Default with { MaxPositionQuote = 300m } };
        var sut = Harness(settings);

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(RiskOutcome.Resized, verdict.Outcome);
        Assert.Equal(300m, verdict.Notional);
        Assert.Contains(RiskReasons.MaxPositionSize, verdict.Reasons);
        Assert.Contains(new LimitSeen("max-position-quote", 300m, 500m), verdict.Limits);
    }

    [Fact]
    public void Evaluate_AboveMaxPositionFraction_Resizes()
    {
        var settings = Plain with { Default = Plain.Default with { Fraction = 0.5, MaxPositionFraction = 0.1 } };

        var verdict = Harness(settings).Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(1_000m, verdict.Notional);
        Assert.Equal(RiskOutcome.Resized, verdict.Outcome);
    }

    [Fact]
    public void Evaluate_MaxAllocation_CountsTheExistingHolding()
    {
        var settings = Plain with { Default = Plain.Default with { Fraction = 0.1, MaxAllocation = 0.25 } };
        var sut = Harness(settings, Portfolio(8_000m, 10_000m, 0, Position("BTCUSDT", 20m, 100m)));

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(RiskOutcome.Resized, verdict.Outcome);
        Assert.Equal(500m, verdict.Notional);
        Assert.Contains(RiskReasons.MaxAllocation, verdict.Reasons);
    }

    [Fact]
    public void Evaluate_MaxExposure_LeavesOnlyTheRoomLeft()
    {
        var settings = Plain with { Portfolio = Plain.Portfolio with { MaxExposure = 0.8 } };
        var sut = Harness(
            settings,
            Portfolio(2_200m, 10_000m, 0, Position("ETHUSDT", 78m, 100m)),
            Pair("BTCUSDT", 100m),
            Pair("ETHUSDT", 100m)
        );

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(200m, verdict.Notional);
        Assert.Contains(RiskReasons.MaxExposure, verdict.Reasons);
    }

    [Fact]
    public void Evaluate_ExposureFull_Rejects()
    {
        var settings = Plain with { Portfolio = Plain.Portfolio with { MaxExposure = 0.5 } };
        var sut = Harness(
            settings,
            Portfolio(5_000m, 10_000m, 0, Position("ETHUSDT", 50m, 100m)),
            Pair("BTCUSDT", 100m),
            Pair("ETHUSDT", 100m)
        );

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(RiskOutcome.Rejected, verdict.Outcome);
        Assert.Contains(RiskReasons.MaxExposure, verdict.Reasons);
        Assert.Equal(0m, verdict.Quantity);
    }

    [Fact]
    public void Evaluate_NotEnoughCash_SpendsOnlyCashLessTheReserve()
    {
        var settings = Plain with { Portfolio = Plain.Portfolio with { CashReserve = 0.1 } };
        var sut = Harness(settings, Portfolio(100m, 10_000m));

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(90m, verdict.Notional);
        Assert.Contains(RiskReasons.Cash, verdict.Reasons);
    }

    [Fact]
    public void Evaluate_AtMaxOpenPositions_RejectsANewPairButAllowsAddingToAHeldOne()
    {
        var settings = Plain with { Portfolio = Plain.Portfolio with { MaxOpenPositions = 2 } };
        var sut = Harness(
            settings,
            Portfolio(8_000m, 10_000m, 0, Position("ETHUSDT", 10m, 100m), Position("SOLUSDT", 10m, 100m)),
            Pair("BTCUSDT", 100m),
            Pair("ETHUSDT", 100m),
            Pair("SOLUSDT", 100m)
        );

        var fresh = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));
        var more = sut.Judge(Decide("ETHUSDT", DecisionAction.Buy));

        Assert.Equal(RiskOutcome.Rejected, fresh.Outcome);
        Assert.Equal([RiskReasons.MaxOpenPositions], fresh.Reasons);
        Assert.Contains(new LimitSeen("max-open-positions", 2, 2), fresh.Limits);
        Assert.True(more.IsExecutable);
    }

    [Fact]
    public void Evaluate_CorrelatedWithAnOpenPosition_RejectsInRejectMode()
    {
        var settings = Plain with { Portfolio = Plain.Portfolio with { MaxCorrelation = 0.85 } };
        var sut = Harness(
            settings,
            Portfolio(9_000m, 10_000m, 0, Position("ETHUSDT", 10m, 100m)),
            Pair("BTCUSDT", 100m),
            Pair("ETHUSDT", 100m)
        );
        sut.Correlations = [new PairCorrelation("BTCUSDT", "ETHUSDT", 0.9)];

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(RiskOutcome.Rejected, verdict.Outcome);
        Assert.Contains(RiskReasons.Correlation, verdict.Reasons);
        Assert.Contains(new LimitSeen("max-correlation", 0.85m, 0.9m), verdict.Limits);
    }

    [Fact]
    public void Evaluate_CorrelatedWithAnOpenPosition_ScalesInScaleMode()
    {
        var settings = Plain with
        {
            Portfolio = Plain.Portfolio with { MaxCorrelation = 0.8, CorrelationMode = CorrelationMode.Scale },
        };
        var sut = Harness(
            settings,
            Portfolio(9_000m, 10_000m, 0, Position("ETHUSDT", 10m, 100m)),
            Pair("BTCUSDT", 100m),
            Pair("ETHUSDT", 100m)
        );
        sut.Correlations = [new PairCorrelation("ETHUSDT", "BTCUSDT", 0.9)];

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(RiskOutcome.Resized, verdict.Outcome);
        Assert.Equal(250m, verdict.Notional); // (1 - 0.9) / (1 - 0.8) = half of 500
    }

    [Fact]
    public void Evaluate_UncorrelatedPair_IsNotLimitedByTheCorrelationCap()
    {
        var settings = Plain with { Portfolio = Plain.Portfolio with { MaxCorrelation = 0.5 } };
        var sut = Harness(
            settings,
            Portfolio(9_000m, 10_000m, 0, Position("ETHUSDT", 10m, 100m)),
            Pair("BTCUSDT", 100m),
            Pair("ETHUSDT", 100m)
        );
        sut.Correlations = [new PairCorrelation("BTCUSDT", "ETHUSDT", 0.2)];

        Assert.Equal(RiskOutcome.Approved, sut.Judge(Decide("BTCUSDT", DecisionAction.Buy)).Outcome);
    }

    [Fact]
    public void Evaluate_Quantity_IsRoundedDownToTheStepAndPriceToTheTick()
    {
        var sut = Harness(null, null, Pair("BTCUSDT", 30.129m));

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy), Rules("BTCUSDT", step: 0.01m));

        Assert.Equal(30.12m, verdict.ReferencePrice);
        Assert.Equal(16.6m, verdict.Quantity); // 500 / 30.12 = 16.600..., floored to 0.01
        Assert.True(verdict.Notional <= 500m);
    }

    [Fact]
    public void Evaluate_BelowMinimumNotional_Rejects()
    {
        var sut = Harness(null, Portfolio(10_000m, 10_000m));

        var verdict = sut.Judge(
            Decide("BTCUSDT", DecisionAction.Buy, confidence: 0.01),
            Rules("BTCUSDT", minNotional: 10m)
        );

        Assert.Equal(RiskOutcome.Rejected, verdict.Outcome);
        Assert.Contains(RiskReasons.MinNotional, verdict.Reasons);
        Assert.Contains(new LimitSeen("min-notional", 10m, 5m), verdict.Limits);
    }

    [Fact]
    public void Evaluate_StepLargerThanTheSize_RejectsAsBelowMinimum()
    {
        var verdict = Harness().Judge(Decide("BTCUSDT", DecisionAction.Buy), Rules("BTCUSDT", step: 10m));

        Assert.Equal(RiskOutcome.Rejected, verdict.Outcome);
        Assert.Contains(RiskReasons.MinNotional, verdict.Reasons);
    }

    [Fact]
    public void Evaluate_AboveTheExchangeMaximumOrderValue_Resizes()
    {
        var verdict = Harness().Judge(Decide("BTCUSDT", DecisionAction.Buy), Rules("BTCUSDT", maxOrderValue: 200m));

        Assert.Equal(200m, verdict.Notional);
        Assert.Contains(RiskReasons.MaxOrderValue, verdict.Reasons);
    }

    [Fact]
    public void Evaluate_Entry_AttachesExitLevelsToTheTick()
    {
        var settings = Plain with
        {
            Default = Plain.Default with { StopLoss = 0.03, TakeProfit = 0.06, TrailingStop = 0.025 },
        };

        var verdict = Harness(settings).Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(new ExitLevels(97m, 106m, 2.5m), verdict.Exits);
        Assert.Contains(RiskReasons.ExitsAttached, verdict.Reasons);
    }

    [Fact]
    public void Evaluate_ExitsInAtrUnits_AreMultiplesOfTheAtr()
    {
        var settings = Plain with
        {
            Default = Plain.Default with
            {
                ExitUnit = ExitUnit.AtrMultiple,
                StopLoss = 2,
                TakeProfit = 3,
                TrailingStop = 1.5,
            },
        };

        var verdict = Harness(settings, null, Pair("BTCUSDT", 100m, atrFraction: 0.02))
            .Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(new ExitLevels(96m, 106m, 3m), verdict.Exits);
    }

    [Fact]
    public void Evaluate_AtrAboveTheVolatilityHalt_RejectsTheEntry()
    {
        var settings = Plain with { Default = Plain.Default with { VolatilityHaltAtrFraction = 0.05 } };

        var verdict = Harness(settings, null, Pair("BTCUSDT", 100m, atrFraction: 0.06))
            .Judge(Decide("BTCUSDT", DecisionAction.Buy));

        Assert.Equal(RiskOutcome.Rejected, verdict.Outcome);
        Assert.Equal([RiskReasons.VolatilityHalt], verdict.Reasons);
    }

    [Fact]
    public void Evaluate_PerPairOverride_ReplacesTheDefault()
    {
        var settings = Plain with
        {
            Pairs = new Dictionary<string, PairLimits> { ["BTCUSDT"] = Plain.Default with { Fraction = 0.01 } },
        };

        Assert.Equal(100m, Harness(settings).Judge(Decide("BTCUSDT", DecisionAction.Buy)).Notional);
    }

    [Fact]
    public void Evaluate_PairNotTradable_Rejects()
    {
        var verdict = Harness().Judge(Decide("BTCUSDT", DecisionAction.Buy), Rules("BTCUSDT", online: false));

        Assert.Equal([RiskReasons.NotTradable], verdict.Reasons);
    }

    [Fact]
    public void Evaluate_Hold_IsApprovedWithNothingToDo()
    {
        var verdict = Harness().Judge(Decide("BTCUSDT", DecisionAction.Hold));

        Assert.Equal(RiskOutcome.Approved, verdict.Outcome);
        Assert.False(verdict.IsExecutable);
    }

    [Fact]
    public void Evaluate_TwoEntriesInOneCycle_ShareTheWorkingPortfolio()
    {
        var settings = Plain with
        {
            Default = Plain.Default with { Fraction = 0.5 },
            Portfolio = Plain.Portfolio with { MaxExposure = 0.6 },
        };
        var sut = Harness(settings, null, Pair("BTCUSDT", 100m), Pair("ETHUSDT", 100m));

        var first = sut.Judge(Decide("BTCUSDT", DecisionAction.Buy));
        var second = sut.Judge(Decide("ETHUSDT", DecisionAction.Buy));

        Assert.Equal(5_000m, first.Notional);
        Assert.Equal(1_000m, second.Notional);
        Assert.Equal(6_000m, sut.Book.Exposure);
    }
}
