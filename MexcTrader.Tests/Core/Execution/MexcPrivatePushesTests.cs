using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc.Protobuf;
using MexcTrader.Core.Execution.Venues;

namespace MexcTrader.Tests.Core.Execution;

public sealed class MexcPrivatePushesTests
{
    [Fact]
    public void ToEvent_PrivateOrderPush_BecomesAnOrderUpdate()
    {
        var push = new PushDataV3ApiWrapper
        {
            Channel = "spot@private.orders.v3.api.pb",
            Symbol = "BTCUSDT",
            PrivateOrders = new PrivateOrdersV3Api
            {
                Id = "C02__1",
                ClientId = "mte0abc",
                Price = "49500",
                Quantity = "0.02",
                Amount = "0",
                CumulativeQuantity = "0.005",
                CumulativeAmount = "247.5",
                Status = 3,
                OrderType = 1,
                TradeType = 1,
                CreateTime = 1_772_452_800_000,
            },
        };

        var change = Assert.IsType<VenueOrderUpdated>(MexcPrivatePushes.ToEvent(push));

        Assert.Equal(
            ("C02__1", "mte0abc", OrderStatus.PartiallyFilled, OrderType.Limit, OrderSide.Buy, 0.005m, 247.5m),
            (
                change.Order.OrderId,
                change.Order.ClientOrderId,
                change.Order.Status,
                change.Order.Type,
                change.Order.Side,
                change.Order.ExecutedQuantity,
                change.Order.CumulativeQuoteQuantity
            )
        );
    }

    [Fact]
    public void ToEvent_PrivateDealPush_BecomesAFill()
    {
        var push = new PushDataV3ApiWrapper
        {
            Symbol = "BTCUSDT",
            PrivateDeals = new PrivateDealsV3Api
            {
                TradeId = "t-9",
                OrderId = "C02__1",
                ClientOrderId = "mte0abc",
                Price = "49500",
                Quantity = "0.005",
                Amount = "247.5",
                FeeAmount = "0.000005",
                FeeCurrency = "BTC",
                TradeType = 1,
                IsMaker = true,
                Time = 1_772_452_801_000,
            },
        };

        var fill = Assert.IsType<VenueFilled>(MexcPrivatePushes.ToEvent(push)).Trade;

        Assert.Equal(
            ("t-9", "mte0abc", 0.005m, 0.000005m, "BTC", true, true),
            (
                fill.TradeId,
                fill.ClientOrderId,
                fill.Quantity,
                fill.Commission,
                fill.CommissionAsset,
                fill.IsBuyer,
                fill.IsMaker
            )
        );
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_772_452_801_000), fill.Time);
    }

    [Fact]
    public void ToEvent_MalformedOrOtherPushes_AreSkipped()
    {
        var badNumber = new PushDataV3ApiWrapper
        {
            Symbol = "BTCUSDT",
            PrivateDeals = new PrivateDealsV3Api
            {
                TradeId = "t",
                OrderId = "o",
                Price = "12,5x",
                Quantity = "1",
                Amount = "1",
                FeeAmount = "0",
            },
        };
        var badSymbol = new PushDataV3ApiWrapper
        {
            Symbol = "btc/usdt!",
            PrivateOrders = new PrivateOrdersV3Api { Id = "1", Status = 1 },
        };
        var account = new PushDataV3ApiWrapper { Symbol = "BTCUSDT", PrivateAccount = new PrivateAccountV3Api() };

        Assert.Null(MexcPrivatePushes.ToEvent(badNumber));
        Assert.Null(MexcPrivatePushes.ToEvent(badSymbol));
        Assert.Null(MexcPrivatePushes.ToEvent(account));
    }
}
