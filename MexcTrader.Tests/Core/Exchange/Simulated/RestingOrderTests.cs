using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using static MexcTrader.Tests.Core.Exchange.Simulated.ExchangeBuilder;

namespace MexcTrader.Tests.Core.Exchange.Simulated;

public sealed class RestingOrderTests
{
    [Fact]
    public void ApplyMarketTrade_ThroughRestingBuy_FillsAtOrderPriceAsMaker()
    {
        var (sut, _) = Create();
        var order = sut.Place(Limit(OrderSide.Buy, 95m, 2m));

        sut.ApplyMarketTrade(Pair, 94m, 10m);

        var filled = sut.GetOrder(Pair, order.OrderId, null).Value;
        var trade = Assert.Single(sut.MyTrades(Pair, order.OrderId, null, null, 100));
        Assert.Equal(OrderStatus.Filled, filled.Status);
        Assert.Equal(95m, trade.Price);
        Assert.True(trade.IsMaker);
        Assert.Equal(2m * 0.001m, trade.Commission);
        Assert.Equal(new AssetBalance("USDT", 10_000m - 190m, 0m), sut.Balance("USDT"));
        Assert.Equal(52m - trade.Commission, sut.Balance("TEST").Free);
    }

    [Fact]
    public void ApplyMarketTrade_AtRestingPrice_DoesNotFillUnlessFillOnTouch()
    {
        var (strict, _) = Create();
        var (touching, _) = Create(
            options: new SimulatedExchangeOptions(new BookShape(3, 0.02m, 0.01m, 1_000m), FillOnTouch: true)
        );
        var strictOrder = strict.Place(Limit(OrderSide.Sell, 105m, 1m));
        var touchOrder = touching.Place(Limit(OrderSide.Sell, 105m, 1m));

        strict.ApplyMarketTrade(Pair, 105m, 10m);
        touching.ApplyMarketTrade(Pair, 105m, 10m);

        Assert.Equal(OrderStatus.New, strict.GetOrder(Pair, strictOrder.OrderId, null).Value.Status);
        Assert.Equal(OrderStatus.Filled, touching.GetOrder(Pair, touchOrder.OrderId, null).Value.Status);
    }

    [Fact]
    public void ApplyMarketTrade_SmallerThanOrder_FillsPartlyThenCancelReleasesRest()
    {
        var (sut, _) = Create();
        var order = sut.Place(Limit(OrderSide.Sell, 110m, 5m));

        sut.ApplyMarketTrade(Pair, 111m, 2m);
        var partly = sut.GetOrder(Pair, order.OrderId, null).Value;
        var cancelled = sut.CancelOrder(Pair, order.OrderId, null).Value;

        Assert.Equal(OrderStatus.PartiallyFilled, partly.Status);
        Assert.Equal(2m, partly.ExecutedQty);
        Assert.Equal(OrderStatus.PartiallyCanceled, cancelled.Status);
        Assert.Equal(new AssetBalance("TEST", 48m, 0m), sut.Balance("TEST"));
        Assert.Equal(10_000m + 220m - 220m * 0.001m, sut.Balance("USDT").Free);
    }

    [Fact]
    public void ApplyMarketTrade_SeveralRestingOrders_FillsOldestFirstUpToTradeQuantity()
    {
        var (sut, clock) = Create();
        var first = sut.Place(Limit(OrderSide.Buy, 95m, 1m));
        clock.AdvanceTo(clock.GetUtcNow().AddSeconds(1));
        var second = sut.Place(Limit(OrderSide.Buy, 96m, 1m));

        sut.ApplyMarketTrade(Pair, 90m, 1.5m);

        Assert.Equal(1m, sut.GetOrder(Pair, first.OrderId, null).Value.ExecutedQty);
        Assert.Equal(0.5m, sut.GetOrder(Pair, second.OrderId, null).Value.ExecutedQty);
    }

    [Fact]
    public void Market_WithRestingOrder_ShowsItInDepth()
    {
        var (sut, _) = Create();
        var bid = sut.Book().Bids[0];

        sut.Place(Limit(OrderSide.Buy, bid.Price, 3m));

        Assert.Equal((bid.Price, bid.Quantity + 3m), sut.Book().Bids[0]);
    }
}
