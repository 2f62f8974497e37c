using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using static MexcTrader.Tests.Core.Exchange.Simulated.ExchangeBuilder;

namespace MexcTrader.Tests.Core.Exchange.Simulated;

public sealed class MatchingTests
{
    [Fact]
    public void PlaceOrder_LimitBuyBelowMarket_RestsAndLocksQuote()
    {
        var (sut, _) = Create();

        var order = sut.Place(Limit(OrderSide.Buy, 95m, 2m));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(0m, order.ExecutedQty);
        Assert.Equal(new AssetBalance("USDT", 10_000m - 190m, 190m), sut.Balance("USDT"));
        Assert.Single(sut.OpenOrders(Pair));
    }

    [Fact]
    public void PlaceOrder_LimitBuyThroughAsk_TakesBestAskAndPaysTakerFeeInBase()
    {
        var (sut, _) = Create();
        var ask = sut.Book().Asks[0];

        var order = sut.Place(Limit(OrderSide.Buy, ask.Price + 0.5m, 1m));

        var trade = Assert.Single(sut.MyTrades(Pair, order.OrderId, null, null, 100));
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(ask.Price, trade.Price);
        Assert.False(trade.IsMaker);
        Assert.Equal(1m * 0.002m, trade.Commission);
        Assert.Equal("TEST", trade.CommissionAsset);
        Assert.Equal(50m + 1m - trade.Commission, sut.Balance("TEST").Free);
        Assert.Equal(new AssetBalance("USDT", 10_000m - ask.Price, 0m), sut.Balance("USDT"));
    }

    [Fact]
    public void PlaceOrder_MarketBuyLargerThanBestLevel_WalksTheBook()
    {
        var (sut, _) = Create();
        var asks = sut.Book().Asks;
        var quantity = asks[0].Quantity + 1m;

        var order = sut.Place(new NewOrder(Pair, OrderSide.Buy, OrderType.Market, Quantity: quantity));

        var trades = sut.MyTrades(Pair, order.OrderId, null, null, 100);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal([asks[0].Price, asks[1].Price], trades.Select(t => t.Price));
        Assert.Equal(quantity, order.ExecutedQty);
        Assert.Equal(asks[0].Price * asks[0].Quantity + asks[1].Price * 1m, order.CumulativeQuoteQty);
        Assert.Equal(asks[1].Price, sut.Book().Asks[0].Price);
    }

    [Fact]
    public void PlaceOrder_MarketBuyByQuoteAmount_SpendsAtMostTheAmount()
    {
        var (sut, _) = Create();

        var order = sut.Place(new NewOrder(Pair, OrderSide.Buy, OrderType.Market, QuoteOrderQty: 250m));

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(250m, order.OrigQuoteOrderQty);
        Assert.InRange(order.CumulativeQuoteQty, 250m - sut.Book().Asks[0].Price * 0.001m, 250m);
        Assert.Equal(10_000m - order.CumulativeQuoteQty, sut.Balance("USDT").Free);
    }

    [Fact]
    public void PlaceOrder_MarketSell_PaysTakerFeeInQuote()
    {
        var (sut, _) = Create();
        var bid = sut.Book().Bids[0];

        var order = sut.Place(new NewOrder(Pair, OrderSide.Sell, OrderType.Market, Quantity: 2m));

        var trade = Assert.Single(sut.MyTrades(Pair, order.OrderId, null, null, 100));
        Assert.Equal(bid.Price, trade.Price);
        Assert.Equal("USDT", trade.CommissionAsset);
        Assert.Equal(Math.Round(bid.Price * 2m * 0.002m, 2, MidpointRounding.ToPositiveInfinity), trade.Commission);
        Assert.Equal(10_000m + bid.Price * 2m - trade.Commission, sut.Balance("USDT").Free);
        Assert.Equal(48m, sut.Balance("TEST").Free);
    }

    [Fact]
    public void PlaceOrder_LimitMakerThatWouldTake_IsRejectedAndNothingChanges()
    {
        var (sut, _) = Create();
        var ask = sut.Book().Asks[0].Price;

        var code = sut.RejectionCode(new NewOrder(Pair, OrderSide.Buy, OrderType.LimitMaker, 1m, ask));

        Assert.Equal(Rejections.OrderTypeNotAllowed, code);
        Assert.Empty(sut.AllOrders(Pair, null, null, 100));
        Assert.Equal(new AssetBalance("USDT", 10_000m, 0m), sut.Balance("USDT"));
    }

    [Fact]
    public void PlaceOrder_LimitMakerBelowAsk_Rests()
    {
        var (sut, _) = Create();

        var order = sut.Place(new NewOrder(Pair, OrderSide.Buy, OrderType.LimitMaker, 1m, sut.Book().Bids[0].Price));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(OrderType.LimitMaker, order.Type);
    }

    [Fact]
    public void PlaceOrder_ImmediateOrCancelBeyondFirstLevel_FillsFirstLevelAndCancelsRest()
    {
        var (sut, _) = Create();
        var ask = sut.Book().Asks[0];

        var order = sut.Place(
            new NewOrder(Pair, OrderSide.Buy, OrderType.ImmediateOrCancel, ask.Quantity + 2m, ask.Price)
        );

        Assert.Equal(OrderStatus.PartiallyCanceled, order.Status);
        Assert.Equal(ask.Quantity, order.ExecutedQty);
        Assert.Equal(0m, sut.Balance("USDT").Locked);
        Assert.Equal(10_000m - ask.Price * ask.Quantity, sut.Balance("USDT").Free);
        Assert.Empty(sut.OpenOrders());
    }

    [Fact]
    public void PlaceOrder_FillOrKillWithoutEnoughLiquidity_CancelsWithoutFills()
    {
        var (sut, _) = Create();
        var ask = sut.Book().Asks[0];

        var order = sut.Place(new NewOrder(Pair, OrderSide.Buy, OrderType.FillOrKill, ask.Quantity + 1m, ask.Price));

        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Empty(sut.MyTrades(Pair, null, null, null, 100));
        Assert.Equal(new AssetBalance("USDT", 10_000m, 0m), sut.Balance("USDT"));
    }

    [Fact]
    public void PlaceOrder_FillOrKillWithEnoughLiquidity_FillsCompletely()
    {
        var (sut, _) = Create();
        var asks = sut.Book().Asks;

        var order = sut.Place(
            new NewOrder(Pair, OrderSide.Buy, OrderType.FillOrKill, asks[0].Quantity + 1m, asks[1].Price)
        );

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(2, sut.MyTrades(Pair, null, null, null, 100).Count);
    }
}
