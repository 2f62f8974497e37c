using MexcTrader.Core.Decisions;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Risk;
using MexcTrader.Tests.Core.Risk;
using static MexcTrader.Tests.Core.Execution.ExecutionHarness;

namespace MexcTrader.Tests.Core.Execution;

public sealed class OrderPlannerTests
{
    // tick 0.01, step 0.0001, minimum value 5 USDT
    private static readonly SymbolRules Rules = RiskFixtures.Rules("BTCUSDT") with
    {
        OrderTypes = [OrderType.Limit, OrderType.Market, OrderType.LimitMaker],
    };
    private static readonly OrderStyle Market = new();

    [Fact]
    public void Plan_MarketBuy_TruncatesTheQuantityToTheStep_AndDerivesTheClientId()
    {
        var record = Decision("d-1", DecisionAction.Buy, 0.012345678m);

        var intent = OrderPlanner.Plan(record, Rules, 0, Market);

        Assert.True(intent.IsSuccess, intent.Failure?.ToString());
        Assert.Equal(OrderType.Market, intent.Value.Request.Type);
        Assert.Equal(OrderSide.Buy, intent.Value.Request.Side);
        Assert.Equal(0.0123m, intent.Value.Request.Quantity);
        Assert.Null(intent.Value.Request.Price);
        Assert.Equal(ClientOrderIds.For("d-1", OrderLeg.Entry), intent.Value.ClientOrderId);
        Assert.Equal(OrderLeg.Entry, intent.Value.Leg);
    }

    [Fact]
    public void Plan_LimitBuyAtAnOffset_PricesBelowTheReferenceRoundedDownToTheTick()
    {
        var record = Decision("d-2", DecisionAction.Buy, 0.01m, referencePrice: 50_000.37m);
        var style = new OrderStyle { Kind = OrderStyleKind.Limit, OffsetBps = 10 };

        var intent = OrderPlanner.Plan(record, Rules, 0, style);

        // 50 000.37 × (1 − 0.001) = 49 950.36963 → 49 950.36 (a buy never rounds up)
        Assert.Equal(49_950.36m, intent.Value.Request.Price);
        Assert.Equal(OrderType.Limit, intent.Value.Request.Type);
    }

    [Fact]
    public void Plan_MakerOnlySell_PricesAboveTheReferenceRoundedUp_AsLimitMaker()
    {
        var record = Decision("d-3", DecisionAction.Sell, 0.02m, referencePrice: 50_000.37m);
        var style = new OrderStyle { Kind = OrderStyleKind.MakerOnly, OffsetBps = 10 };

        var intent = OrderPlanner.Plan(record, Rules, 1m, style);

        // 50 000.37 × 1.001 = 50 050.37037 → 50 050.38 (a sell never rounds down)
        Assert.Equal(50_050.38m, intent.Value.Request.Price);
        Assert.Equal(OrderType.LimitMaker, intent.Value.Request.Type);
        Assert.Equal(OrderLeg.Exit, intent.Value.Leg);
    }

    [Fact]
    public void Plan_Close_SellsTheWholeFreePosition_TruncatedToTheStep()
    {
        var record = Decision("d-4", DecisionAction.Close, 0.5m);

        var intent = OrderPlanner.Plan(record, Rules, 0.98765m, Market);

        Assert.Equal(OrderSide.Sell, intent.Value.Request.Side);
        Assert.Equal(0.9876m, intent.Value.Request.Quantity);
    }

    [Fact]
    public void Plan_SellOfMoreThanHeld_SellsWhatIsHeld()
    {
        var intent = OrderPlanner.Plan(Decision("d-5", DecisionAction.Sell, 2m), Rules, 0.3m, Market);

        Assert.Equal(0.3m, intent.Value.Request.Quantity);
    }

    [Fact]
    public void Plan_BelowMinimumValue_IsRefusedWithTheRulesCode()
    {
        // 0.00009 rounds to 0 at step 0.0001; 0.0001 × 40 000 = 4 USDT < 5
        var tooSmall = OrderPlanner.Plan(Decision("d-6", DecisionAction.Buy, 0.00009m), Rules, 0, Market);
        var tooCheap = OrderPlanner.Plan(
            Decision("d-7", DecisionAction.Buy, 0.0001m, referencePrice: 40_000m),
            Rules,
            0,
            Market
        );

        Assert.Equal(MexcOrderRules.Invalid, tooSmall.Failure?.Code);
        Assert.Equal(MexcOrderRules.BelowMinimumValue, tooCheap.Failure?.Code);
    }

    [Fact]
    public void Plan_RejectedOrHoldOrNothingHeld_IsRefused()
    {
        var rejected = OrderPlanner.Plan(
            Decision("d-8", DecisionAction.Buy, 0.01m, outcome: RiskOutcome.Rejected),
            Rules,
            0,
            Market
        );
        var hold = OrderPlanner.Plan(Decision("d-9", DecisionAction.Hold, 0.01m), Rules, 0, Market);
        var nothing = OrderPlanner.Plan(Decision("d-10", DecisionAction.Close, 0.01m), Rules, 0, Market);

        Assert.Equal(OrderPlanner.NotExecutable, rejected.Failure?.Code);
        Assert.Equal(OrderPlanner.NotExecutable, hold.Failure?.Code);
        Assert.Equal(OrderPlanner.NothingHeld, nothing.Failure?.Code);
    }

    [Fact]
    public void Plan_StopLeg_IsAlwaysAMarketSell_EvenWhenThePairTradesMakerOnly()
    {
        var style = new OrderStyle { Kind = OrderStyleKind.MakerOnly, OffsetBps = 5 };

        var intent = OrderPlanner.Plan(Decision("d-11", DecisionAction.Close, 0.1m), Rules, 0.1m, style, OrderLeg.Stop);

        Assert.Equal(OrderType.Market, intent.Value.Request.Type);
        Assert.Equal(ClientOrderIds.For("d-11", OrderLeg.Stop), intent.Value.ClientOrderId);
    }
}
