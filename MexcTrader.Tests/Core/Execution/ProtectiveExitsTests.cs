using MexcTrader.Core.Decisions;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Execution;
using MexcTrader.Core.Risk;
using static MexcTrader.Tests.Core.Execution.ExecutionHarness;

namespace MexcTrader.Tests.Core.Execution;

public sealed class ProtectiveExitsTests
{
    private static readonly ExitLevels Levels = new(StopLoss: 48_000m, TakeProfit: 55_000m, TrailingDistance: 1_500m);

    private static async Task<ExecutionHarness> HoldingAsync()
    {
        var h = new ExecutionHarness();
        await h.Executor.ExecuteAsync(Decision("e-1", DecisionAction.Buy, 0.1m, exits: Levels), default);
        await h.Orders.PollAsync(default);
        return h;
    }

    [Fact]
    public async Task OnPriceAsync_AtOrBelowTheStopLoss_SellsTheWholePositionAtMarket()
    {
        using var h = await HoldingAsync();
        var held = h.Book.Get(Btc).Quantity;

        // above both the stop-loss and the trailing stop (50 000 − 1 500)
        var quiet = await h.Executor.OnPriceAsync(Btc, 48_600m, default);
        h.Exchange.ApplyMarketTrade(Btc, 48_000m, 0.01m);
        var fired = await h.Executor.OnPriceAsync(Btc, 48_000m, default);
        await h.Orders.PollAsync(default);

        Assert.Null(quiet);
        Assert.NotNull(fired);
        Assert.True(fired.IsSuccess, fired.Failure?.ToString());
        Assert.Equal(ClientOrderIds.For("e-1", OrderLeg.Stop), fired.Value.ClientOrderId);
        Assert.Equal(
            (OrderSide.Sell, OrderType.Market, held),
            (fired.Value.Side, fired.Value.Type, fired.Value.Quantity)
        );
        Assert.Equal(0m, h.Book.Get(Btc).Quantity);
        Assert.Equal("stop-loss", h.Exits.Of(Btc)!.FiredBy);
        Assert.Null(await h.Executor.OnPriceAsync(Btc, 47_000m, default));
    }

    [Fact]
    public async Task OnPriceAsync_TrailingStop_FollowsTheHighAndFiresOnTheDrop()
    {
        using var h = await HoldingAsync();

        await h.Executor.OnPriceAsync(Btc, 52_000m, default);
        var notYet = await h.Executor.OnPriceAsync(Btc, 50_600m, default);
        var fired = await h.Executor.OnPriceAsync(Btc, 50_500m, default);

        Assert.Null(notYet);
        Assert.NotNull(fired);
        Assert.Equal("trailing-stop", h.Exits.Of(Btc)!.FiredBy);
        Assert.Equal(52_000m, h.Exits.Of(Btc)!.HighestPrice);
    }

    [Fact]
    public async Task OnPriceAsync_AtTheTakeProfit_Fires()
    {
        using var h = await HoldingAsync();

        var fired = await h.Executor.OnPriceAsync(Btc, 55_000m, default);

        Assert.NotNull(fired);
        Assert.Equal("take-profit", h.Exits.Of(Btc)!.FiredBy);
    }

    [Fact]
    public async Task OnPriceAsync_AfterADecidedClose_DisarmsInsteadOfSellingNothing()
    {
        using var h = await HoldingAsync();
        await h.Executor.ExecuteAsync(Decision("close-1", DecisionAction.Close, 0.1m), default);
        await h.Orders.PollAsync(default);

        var result = await h.Executor.OnPriceAsync(Btc, 47_000m, default);

        Assert.Null(result);
        Assert.Equal(0m, h.Book.Get(Btc).Quantity);
        Assert.Equal("position closed", h.Exits.Of(Btc)!.FiredBy);
        Assert.DoesNotContain(
            h.Exchange.AllOrders(Btc, null, null, 100),
            o => o.ClientOrderId == ClientOrderIds.For("e-1", OrderLeg.Stop)
        );
    }

    [Fact]
    public async Task ExecuteAsync_EntryRefusedByTheExchange_LeavesNoArmedExit()
    {
        using var h = new ExecutionHarness(usdt: 100m);

        // 0.1 BTC at 50 000 needs 5 000 USDT; the account has 100
        var refused = await h.Executor.ExecuteAsync(
            Decision("poor-1", DecisionAction.Buy, 0.1m, exits: Levels),
            default
        );

        Assert.False(refused.IsSuccess);
        Assert.False(h.Exits.Of(Btc)!.IsArmed);
        Assert.Equal(ExecutionStatus.Rejected, h.Orders.Find(ClientOrderIds.For("poor-1", OrderLeg.Entry))!.Status);
    }

    [Fact]
    public async Task Exits_SurviveARestart_WithTheirTrailingAnchor()
    {
        using var h = await HoldingAsync();
        await h.Executor.OnPriceAsync(Btc, 53_000m, default);

        h.Restart();
        await h.Recovery.RecoverAsync(resendNeverLanded: false, default);
        var restored = h.Exits.Of(Btc);
        var fired = await h.Executor.OnPriceAsync(Btc, 51_400m, default);

        Assert.NotNull(restored);
        Assert.Equal((53_000m, 48_000m, 55_000m), (restored.HighestPrice, restored.StopLoss, restored.TakeProfit));
        Assert.NotNull(fired);
        Assert.True(fired.IsSuccess, fired.Failure?.ToString());
        Assert.Equal("trailing-stop", h.Exits.Of(Btc)!.FiredBy);
    }
}
