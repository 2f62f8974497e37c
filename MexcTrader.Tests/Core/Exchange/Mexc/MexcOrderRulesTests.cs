using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcOrderRulesTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    /// <summary>BTCUSDT as the docs' exchangeInfo gives it (section 7), with API trading on.</summary>
    public static readonly SymbolRules BtcRules = new(
        Btc,
        "BTC",
        "USDT",
        BaseAssetPrecision: 8,
        QuotePrecision: 2,
        QuoteAssetPrecision: 2,
        BaseSizeStep: 0.000001m,
        MinOrderValue: 1m,
        MinMarketOrderValue: 1m,
        MaxOrderValue: 4_000_000m,
        MaxMarketOrderValue: 4_000_000m,
        [OrderType.Limit, OrderType.Market, OrderType.LimitMaker],
        IsOnline: true,
        IsApiTradingAllowed: true,
        [OrderSide.Buy, OrderSide.Sell],
        0m,
        0.0005m
    );

    [Theory]
    [InlineData(OrderSide.Buy, "60000.129", "60000.12")]
    [InlineData(OrderSide.Sell, "60000.121", "60000.13")]
    [InlineData(OrderSide.Buy, "60000.12", "60000.12")]
    public void Prepare_LimitPrice_RoundsToTickNoWorseThanAsked(OrderSide side, string asked, string expected)
    {
        var order = OrderRequest.Limit(
            Btc,
            side,
            0.001m,
            decimal.Parse(asked, System.Globalization.CultureInfo.InvariantCulture)
        );

        var prepared = MexcOrderRules.Prepare(order, BtcRules).Value;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), prepared.Price);
    }

    [Fact]
    public void RoundPrice_ToNearest_RoundsHalfAwayFromZero()
    {
        Assert.Equal(100.13m, MexcOrderRules.RoundPrice(100.125m, OrderSide.Buy, BtcRules, toNearest: true));
        Assert.Equal(100.12m, MexcOrderRules.RoundPrice(100.1249m, OrderSide.Sell, BtcRules, toNearest: true));
    }

    [Fact]
    public void Prepare_Quantity_TruncatesToStepNeverUp()
    {
        var order = OrderRequest.Limit(Btc, OrderSide.Sell, 0.0012349m, 60_000m);

        var prepared = MexcOrderRules.Prepare(order, BtcRules).Value;

        Assert.Equal(0.001234m, prepared.Quantity);
    }

    [Fact]
    public void TruncateQuantity_NoStep_UsesBasePrecision()
    {
        var rules = BtcRules with { BaseSizeStep = 0m, BaseAssetPrecision = 2 };

        Assert.Equal(12.34m, MexcOrderRules.TruncateQuantity(12.349m, rules));
    }

    [Fact]
    public void Prepare_QuantityBelowStep_IsRejected()
    {
        var result = MexcOrderRules.Prepare(OrderRequest.Limit(Btc, OrderSide.Buy, 0.0000009m, 60_000m), BtcRules);

        Assert.Equal(MexcOrderRules.Invalid, result.Failure?.Code);
        Assert.Contains("0.000001", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceOrderAsync_ValueBelowMinimum_IsRejectedBeforeSending()
    {
        using var host = MexcTestHost.Create();
        var order = OrderRequest.Limit(Btc, OrderSide.Buy, 0.00001m, 60_000m); // 0.6 USDT < 1 USDT

        var result = await host.Client.PlaceOrderAsync(order, BtcRules, CancellationToken.None);

        Assert.Equal(MexcOrderRules.BelowMinimumValue, result.Failure?.Code);
        Assert.Contains("0.6", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("minimum 1 USDT", result.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(host.Server.Seen);
    }

    [Fact]
    public void Prepare_ValueAboveMaximum_IsRejected()
    {
        var result = MexcOrderRules.Prepare(OrderRequest.Limit(Btc, OrderSide.Buy, 100m, 60_000m), BtcRules);

        Assert.Equal(MexcOrderRules.AboveMaximumValue, result.Failure?.Code);
    }

    [Fact]
    public void Prepare_MarketByQuote_RoundsAmountDownAndChecksMarketMinimum()
    {
        var prepared = MexcOrderRules.Prepare(OrderRequest.MarketByQuote(Btc, OrderSide.Buy, 10.129m), BtcRules).Value;
        var tooSmall = MexcOrderRules.Prepare(OrderRequest.MarketByQuote(Btc, OrderSide.Buy, 0.5m), BtcRules);

        Assert.Equal(10.12m, prepared.QuoteQuantity);
        Assert.Null(prepared.Quantity);
        Assert.Equal(MexcOrderRules.BelowMinimumValue, tooSmall.Failure?.Code);
    }

    [Fact]
    public void Prepare_MarketByQuantityWithReferencePrice_ChecksValue()
    {
        var order = OrderRequest.MarketByQuantity(Btc, OrderSide.Sell, 0.00001m);

        Assert.True(MexcOrderRules.Prepare(order, BtcRules).IsSuccess); // value unknown without a price
        Assert.Equal(
            MexcOrderRules.BelowMinimumValue,
            MexcOrderRules.Prepare(order, BtcRules, referencePrice: 60_000m).Failure?.Code
        );
    }

    [Fact]
    public void Prepare_SellOnlyPair_RejectsBuy()
    {
        var rules = BtcRules with { AllowedSides = [OrderSide.Sell] };

        var result = MexcOrderRules.Prepare(OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 60_000m), rules);

        Assert.Equal(MexcOrderRules.NotTradable, result.Failure?.Code);
    }

    [Fact]
    public void Prepare_PairClosedToApi_IsRejected()
    {
        var result = MexcOrderRules.Prepare(
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 60_000m),
            BtcRules with
            {
                IsApiTradingAllowed = false,
            }
        );

        Assert.Equal(MexcOrderRules.NotTradable, result.Failure?.Code);
    }

    [Fact]
    public void Prepare_ImmediateOrCancelNotListed_IsStillAccepted_WhileUnlistedLimitMakerIsNot()
    {
        var rules = BtcRules with { OrderTypes = [OrderType.Limit, OrderType.Market] };

        Assert.True(
            MexcOrderRules.Prepare(OrderRequest.ImmediateOrCancel(Btc, OrderSide.Buy, 0.001m, 60_000m), rules).IsSuccess
        );
        Assert.True(
            MexcOrderRules.Prepare(OrderRequest.FillOrKill(Btc, OrderSide.Buy, 0.001m, 60_000m), rules).IsSuccess
        );
        Assert.False(
            MexcOrderRules.Prepare(OrderRequest.LimitMaker(Btc, OrderSide.Buy, 0.001m, 60_000m), rules).IsSuccess
        );
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("abcdefghijabcdefghijabcdefghijabc")] // 33 characters
    [InlineData("")]
    public void Prepare_BadClientOrderId_IsRejected(string clientId)
    {
        var result = MexcOrderRules.Prepare(
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 60_000m, clientId),
            BtcRules
        );

        Assert.Equal(MexcOrderRules.Invalid, result.Failure?.Code);
    }

    [Fact]
    public async Task PlaceOrderAsync_EveryOrderType_SendsTheDocumentedParameters()
    {
        using var host = MexcTestHost.Create();
        host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? host.Server.ServerTime()
                : FakeMexcServer.Json(
                    $$"""{"symbol":"BTCUSDT","orderId":"C02__1","orderListId":-1,"price":"{{r["price"] ?? "0"}}","origQty":"{{r["quantity"] ?? "0"}}","type":"{{r["type"]}}","side":"{{r["side"]}}","transactTime":1666676533741}"""
                );
        OrderRequest[] orders =
        [
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 60_000m, "c-limit"),
            OrderRequest.MarketByQuantity(Btc, OrderSide.Sell, 0.001m),
            OrderRequest.MarketByQuote(Btc, OrderSide.Buy, 10m),
            OrderRequest.LimitMaker(Btc, OrderSide.Sell, 0.001m, 61_000m),
            OrderRequest.ImmediateOrCancel(Btc, OrderSide.Buy, 0.001m, 60_000m),
            OrderRequest.FillOrKill(Btc, OrderSide.Buy, 0.001m, 60_000m),
        ];

        foreach (var order in orders)
        {
            Assert.True((await host.Client.PlaceOrderAsync(order, BtcRules, CancellationToken.None)).IsSuccess);
        }

        var sent = host.Server.SeenAt("/api/v3/order");
        Assert.Equal(
            ["LIMIT", "MARKET", "MARKET", "LIMIT_MAKER", "IMMEDIATE_OR_CANCEL", "FILL_OR_KILL"],
            sent.Select(s => s["type"])
        );
        Assert.Equal(
            "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price=60000&newClientOrderId=c-limit&recvWindow=5000",
            sent[0].Query[..sent[0].Query.IndexOf("&timestamp", StringComparison.Ordinal)]
        );
        Assert.Equal(("10", null, null), (sent[2]["quoteOrderQty"], sent[2]["quantity"], sent[2]["price"]));
        Assert.All(sent, s => Assert.Matches("^[0-9a-zA-Z_-]{1,32}$", s["newClientOrderId"]!));
        Assert.All(sent, s => Assert.EndsWith("&signature=" + s["signature"], s.Query, StringComparison.Ordinal));
        Assert.All(sent, s => Assert.Equal(HttpMethod.Post, s.Method));
    }
}
