using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using static MexcTrader.Tests.Core.Exchange.Simulated.ExchangeBuilder;

namespace MexcTrader.Tests.Core.Exchange.Simulated;

public sealed class OrderLifecycleTests
{
    [Fact]
    public void PlaceOrder_DuplicateClientIdOfOpenOrder_IsRejectedWithoutSecondOrder()
    {
        var (sut, _) = Create();
        sut.Place(Limit(OrderSide.Buy, 90m, 1m, "bot-1"));

        var code = sut.RejectionCode(Limit(OrderSide.Buy, 91m, 1m, "bot-1"));

        Assert.Equal(Rejections.DuplicateOrder, code);
        Assert.Single(sut.AllOrders(Pair, null, null, 100));
        Assert.Equal(90m, sut.Balance("USDT").Locked);
    }

    [Fact]
    public void PlaceOrder_ClientIdOfOrderFinishedLongAgo_IsAcceptedAgain()
    {
        var (sut, clock) = Create();
        var first = sut.Place(Limit(OrderSide.Buy, 90m, 1m, "bot-2"));
        sut.CancelOrder(Pair, first.OrderId, null);
        var recentCode = sut.RejectionCode(Limit(OrderSide.Buy, 90m, 1m, "bot-2"));
        clock.AdvanceTo(clock.GetUtcNow().AddDays(2));

        var second = sut.Place(Limit(OrderSide.Buy, 90m, 1m, "bot-2"));

        Assert.Equal(Rejections.DuplicateOrder, recentCode);
        Assert.NotEqual(first.OrderId, second.OrderId);
        Assert.Equal(second.OrderId, sut.GetOrder(Pair, null, "bot-2").Value.OrderId);
    }

    [Fact]
    public void GetOrder_ByClientId_FindsTheOrder()
    {
        var (sut, _) = Create();
        var placed = sut.Place(Limit(OrderSide.Sell, 120m, 1m, "take-profit_1"));

        var found = sut.GetOrder(Pair, null, "take-profit_1");

        Assert.Equal(placed.OrderId, found.Value.OrderId);
        Assert.Matches("^[0-9a-f]{32}$", found.Value.OrderId);
    }

    [Fact]
    public void CancelOrder_Unknown_FailsWithOrderDoesNotExist()
    {
        var (sut, _) = Create();

        var result = sut.CancelOrder(Pair, "0123456789abcdef0123456789abcdef", null);

        Assert.Equal(Rejections.UnknownOrder, Rejections.CodeOf(result.Failure!));
    }

    [Fact]
    public void CancelOrder_AlreadyFilled_FailsAndKeepsFilledStatus()
    {
        var (sut, _) = Create();
        var order = sut.Place(new NewOrder(Pair, OrderSide.Buy, OrderType.Market, Quantity: 1m));

        var result = sut.CancelOrder(Pair, order.OrderId, null);

        Assert.False(result.IsSuccess);
        Assert.Equal(OrderStatus.Filled, sut.GetOrder(Pair, order.OrderId, null).Value.Status);
    }

    [Fact]
    public void CancelAll_CancelsOpenOrdersOfThatSymbolOnly()
    {
        var (sut, _) = Create();
        sut.Place(Limit(OrderSide.Buy, 90m, 1m));
        sut.Place(Limit(OrderSide.Sell, 120m, 1m));
        sut.Place(new NewOrder(OtherPair, OrderSide.Buy, OrderType.Limit, 1m, 90m));

        var cancelled = sut.CancelAll(Pair).Value;

        Assert.Equal(2, cancelled.Count);
        Assert.All(cancelled, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Equal(OtherPair, Assert.Single(sut.OpenOrders()).Symbol);
        Assert.Equal(new AssetBalance("TEST", 50m, 0m), sut.Balance("TEST"));
        Assert.Equal(90m, sut.Balance("USDT").Locked);
    }

    [Fact]
    public async Task Subscribe_PlaceAndFill_PublishesOrderFillAndBalanceEvents()
    {
        var (sut, _) = Create();
        using var events = sut.Subscribe();

        var order = sut.Place(Limit(OrderSide.Buy, 95m, 1m));
        sut.ApplyMarketTrade(Pair, 94m, 5m);

        var seen = new List<ExchangeEvent>();
        while (events.Reader.TryRead(out var e))
        {
            seen.Add(e);
        }
        var statuses = seen.OfType<OrderUpdated>()
            .Where(u => u.Order.OrderId == order.OrderId)
            .Select(u => u.Order.Status);
        Assert.Equal([OrderStatus.New, OrderStatus.Filled], statuses);
        Assert.Contains(seen, e => e is BalanceChanged { Reason: "ENTRUST_PLACE", LockedChange: 95m });
        Assert.Single(seen.OfType<OrderFilled>());
        await Task.CompletedTask;
    }

    [Fact]
    public void PlaceOrder_SameSeedAndCalls_GivesSameOrderIds()
    {
        var (a, _) = Create();
        var (b, _) = Create();

        var idA = a.Place(Limit(OrderSide.Buy, 90m, 1m)).OrderId;
        var idB = b.Place(Limit(OrderSide.Buy, 90m, 1m)).OrderId;

        Assert.Equal(idA, idB);
    }
}
