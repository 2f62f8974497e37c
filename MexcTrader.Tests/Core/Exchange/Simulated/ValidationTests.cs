using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using static MexcTrader.Tests.Core.Exchange.Simulated.ExchangeBuilder;

namespace MexcTrader.Tests.Core.Exchange.Simulated;

public sealed class ValidationTests
{
    public static TheoryData<NewOrder, int> BadOrders =>
        new()
        {
            { new NewOrder(new Symbol("NOPEUSDT"), OrderSide.Buy, OrderType.Limit, 1m, 90m), Rejections.InvalidSymbol },
            { new NewOrder(Pair, OrderSide.Buy, OrderType.Limit, 1m), Rejections.MandatoryParameter },
            { new NewOrder(Pair, OrderSide.Buy, OrderType.Market), Rejections.MandatoryParameter },
            { Limit(OrderSide.Buy, 90m, -1m), Rejections.NotPositive },
            { Limit(OrderSide.Buy, 90.001m, 1m), Rejections.TooManyDecimals },
            { Limit(OrderSide.Buy, 90m, 1.0005m), Rejections.TooManyDecimals },
            { Limit(OrderSide.Buy, 90m, 0.05m), Rejections.BelowMinimum },
            { new NewOrder(Pair, OrderSide.Buy, OrderType.Market, QuoteOrderQty: 4m), Rejections.BelowMinimum },
            { Limit(OrderSide.Buy, 90m, 200m), Rejections.InsufficientBalance },
            { Limit(OrderSide.Sell, 120m, 51m), Rejections.InsufficientBalance },
            { Limit(OrderSide.Buy, 90m, 1m, "has space"), 700008 },
        };

    [Theory]
    [MemberData(nameof(BadOrders))]
    public void PlaceOrder_InvalidOrder_IsRejectedWithMexcCodeAndNothingChanges(NewOrder order, int expectedCode)
    {
        var (sut, _) = Create();

        var code = sut.RejectionCode(order);

        Assert.Equal(expectedCode, code);
        Assert.Empty(sut.AllOrders(Pair, null, null, 100));
        Assert.Equal(new AssetBalance("USDT", 10_000m, 0m), sut.Balance("USDT"));
    }

    [Fact]
    public void PlaceOrder_BelowMinimum_NamesTheMinimumInTheMessage()
    {
        var (sut, _) = Create();

        var failure = sut.PlaceOrder(Limit(OrderSide.Buy, 90m, 0.05m)).Failure!;

        Assert.Contains("5USDT", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TestOrder_ValidOrder_SucceedsWithoutPlacing()
    {
        var (sut, _) = Create();

        var result = sut.TestOrder(Limit(OrderSide.Buy, 90m, 1m));

        Assert.True(result.IsSuccess);
        Assert.Empty(sut.AllOrders(Pair, null, null, 100));
    }

    [Fact]
    public void PlaceOrder_TooManyOpenOrders_IsRejected()
    {
        var (sut, _) = Create(
            options: new SimulatedExchangeOptions(new BookShape(3, 0.02m, 0.01m, 1_000m), MaxOpenOrders: 2)
        );
        sut.Place(Limit(OrderSide.Buy, 90m, 1m));
        sut.Place(Limit(OrderSide.Buy, 90m, 1m));

        Assert.Equal(Rejections.TooManyOpenOrders, sut.RejectionCode(Limit(OrderSide.Buy, 90m, 1m)));
    }
}
