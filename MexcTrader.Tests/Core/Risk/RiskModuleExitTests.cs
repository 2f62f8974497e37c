using MexcTrader.Core.Decisions;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Risk;

public sealed class RiskModuleExitTests
{
    private static RiskHarness Holding(decimal quantity, decimal price = 100m) =>
        new(
            new RiskSettings(),
            Portfolio(5_000m, 10_000m, 0, Position("BTCUSDT", quantity, price)),
            Pair("BTCUSDT", price)
        );

    [Fact]
    public void Evaluate_Close_SellsTheWholeHolding()
    {
        var sut = Holding(12.3456m);

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Close));

        Assert.Equal(RiskOutcome.Approved, verdict.Outcome);
        Assert.Equal(12.3456m, verdict.Quantity);
        Assert.Null(verdict.Exits);
        Assert.False(sut.Book.Holds(Sym("BTCUSDT")));
    }

    [Fact]
    public void Evaluate_CloseOfAnOffStepHolding_RoundsDownLeavingDust()
    {
        var verdict = Holding(12.34567m).Judge(Decide("BTCUSDT", DecisionAction.Close), Rules("BTCUSDT", step: 0.01m));

        Assert.Equal(12.34m, verdict.Quantity);
    }

    [Fact]
    public void Evaluate_SellWithoutWeight_SellsTheConfiguredShare()
    {
        var verdict = Holding(10m).Judge(Decide("BTCUSDT", DecisionAction.Sell));

        Assert.Equal(5m, verdict.Quantity);
    }

    [Fact]
    public void Evaluate_SellWithTargetWeight_SellsDownToIt()
    {
        var verdict = Holding(30m).Judge(Decide("BTCUSDT", DecisionAction.Sell, weight: 0.1));

        Assert.Equal(20m, verdict.Quantity); // 3,000 held, 1,000 wanted at 100
    }

    [Fact]
    public void Evaluate_ExitWithoutPosition_Rejects()
    {
        var sut = new RiskHarness(new RiskSettings(), Portfolio(10_000m, 10_000m), Pair("BTCUSDT", 100m));

        var verdict = sut.Judge(Decide("BTCUSDT", DecisionAction.Close));

        Assert.Equal([RiskReasons.NoPosition], verdict.Reasons);
    }

    [Fact]
    public void Evaluate_DustBelowMinimumNotional_Rejects()
    {
        var verdict = Holding(0.01m).Judge(Decide("BTCUSDT", DecisionAction.Close));

        Assert.Equal(RiskOutcome.Rejected, verdict.Outcome);
        Assert.Equal([RiskReasons.MinNotional], verdict.Reasons);
    }

    [Fact]
    public void Evaluate_DecisionForAPairMissingFromTheSnapshot_Rejects()
    {
        var verdict = Holding(10m).Judge(Decide("ETHUSDT", DecisionAction.Buy));

        Assert.Equal([RiskReasons.NoPrice], verdict.Reasons);
    }
}
