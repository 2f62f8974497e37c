using System.Globalization;
using System.Text.Json;

namespace MexcTrader.Tests.Integration.Simulator;

public sealed class OrderEndpointsTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static decimal Dec(JsonElement e, string name) =>
        decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private async Task<decimal> LastPriceAsync() => Dec(await sim.GetAsync("ticker/price?symbol=BTCUSDT"), "price");

    [Fact]
    public async Task Order_LimitLifecycle_PlaceQueryListCancel()
    {
        var price = Math.Round(await LastPriceAsync() * 0.9m, 2).ToString(CultureInfo.InvariantCulture);

        var (placedStatus, ack) = await sim.SendAsync(
            HttpMethod.Post,
            "order",
            $"symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price={price}&newClientOrderId=life-1"
        );
        var orderId = ack.GetProperty("orderId").GetString()!;
        var (_, queried) = await sim.SendAsync(HttpMethod.Get, "order", "symbol=BTCUSDT&origClientOrderId=life-1");
        var (_, open) = await sim.SendAsync(HttpMethod.Get, "openOrders", "symbol=BTCUSDT");
        var (cancelStatus, cancelled) = await sim.SendAsync(
            HttpMethod.Delete,
            "order",
            $"symbol=BTCUSDT&orderId={orderId}"
        );
        var (_, after) = await sim.SendAsync(HttpMethod.Get, "order", $"symbol=BTCUSDT&orderId={orderId}");

        Assert.Equal(200, placedStatus);
        Assert.Matches("^[0-9a-f]{32}$", orderId);
        Assert.Equal(-1, ack.GetProperty("orderListId").GetInt32());
        Assert.Equal(JsonValueKind.Number, ack.GetProperty("transactTime").ValueKind);
        Assert.Equal("NEW", queried.GetProperty("status").GetString());
        Assert.Equal("life-1", queried.GetProperty("clientOrderId").GetString());
        Assert.Equal("0.001", queried.GetProperty("origQty").GetString());
        Assert.Equal("0", queried.GetProperty("executedQty").GetString());
        Assert.Contains(open.EnumerateArray(), o => o.GetProperty("orderId").GetString() == orderId);
        Assert.Equal(200, cancelStatus);
        Assert.Equal("CANCELED", cancelled.GetProperty("status").GetString());
        Assert.Equal("life-1", cancelled.GetProperty("origClientOrderId").GetString());
        Assert.Equal("CANCELED", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Order_MarketBuy_IsFilledAndShowsInMyTradesAndAccount()
    {
        var before = sim.Sim.Exchange.Balance("BTC").Free;

        var (status, ack) = await sim.SendAsync(
            HttpMethod.Post,
            "order",
            "symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=100&newClientOrderId=mkt-1"
        );
        var orderId = ack.GetProperty("orderId").GetString()!;
        var (_, order) = await sim.SendAsync(HttpMethod.Get, "order", $"symbol=BTCUSDT&orderId={orderId}");
        var (_, trades) = await sim.SendAsync(HttpMethod.Get, "myTrades", $"symbol=BTCUSDT&orderId={orderId}");
        var (_, all) = await sim.SendAsync(HttpMethod.Get, "allOrders", "symbol=BTCUSDT");

        Assert.Equal(200, status);
        Assert.Equal("FILLED", order.GetProperty("status").GetString());
        Assert.Equal("100", order.GetProperty("origQuoteOrderQty").GetString());
        Assert.True(Dec(order, "cummulativeQuoteQty") is > 99m and <= 100m);
        var trade = Assert.Single(trades.EnumerateArray());
        Assert.Equal("BTC", trade.GetProperty("commissionAsset").GetString());
        Assert.True(trade.GetProperty("isBuyer").GetBoolean());
        Assert.Equal(before + Dec(trade, "qty") - Dec(trade, "commission"), sim.Sim.Exchange.Balance("BTC").Free);
        Assert.Contains(all.EnumerateArray(), o => o.GetProperty("orderId").GetString() == orderId);
    }

    [Fact]
    public async Task Order_Test_ValidatesWithoutPlacing()
    {
        var count = sim.Sim.Exchange.AllOrders(new("BTCUSDT"), null, null, 1000).Count;

        var (status, body) = await sim.SendAsync(
            HttpMethod.Post,
            "order/test",
            "symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=50"
        );
        var (_, bad) = await sim.SendAsync(
            HttpMethod.Post,
            "order/test",
            "symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=0.5"
        );

        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal(30002, bad.GetProperty("code").GetInt32());
        Assert.Equal(count, sim.Sim.Exchange.AllOrders(new("BTCUSDT"), null, null, 1000).Count);
    }

    [Theory]
    [InlineData("symbol=NOPEUSDT&side=BUY&type=LIMIT&quantity=1&price=1", -1121)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.000001&price=50000", 30002)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=5&price=50000", 10101)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001", 700004)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=abc&price=50000", 33333)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price=50000.001", 10096)]
    public async Task Order_BadOrder_AnswersMexcErrorAndPlacesNothing(string query, int code)
    {
        var count = sim.Sim.Exchange.AllOrders(new("BTCUSDT"), null, null, 1000).Count;

        var (status, body) = await sim.SendAsync(HttpMethod.Post, "order", query);

        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("msg").GetString()));
        Assert.Equal(count, sim.Sim.Exchange.AllOrders(new("BTCUSDT"), null, null, 1000).Count);
    }

    [Fact]
    public async Task Order_BelowMinimum_MessageCarriesTheMinimum()
    {
        var (_, body) = await sim.SendAsync(
            HttpMethod.Post,
            "order",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.000001&price=50000"
        );

        Assert.Contains("1USDT", body.GetProperty("msg").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_UnknownOrder_IsMinus2013()
    {
        var (status, body) = await sim.SendAsync(
            HttpMethod.Get,
            "order",
            "symbol=BTCUSDT&origClientOrderId=never-placed"
        );

        Assert.Equal(400, status);
        Assert.Equal(-2013, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Order_DuplicateClientId_IsRejectedAndOnlyOneOrderExists()
    {
        var query = "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.0001&price=40000&newClientOrderId=dup-1";

        var (first, _) = await sim.SendAsync(HttpMethod.Post, "order", query);
        var (second, body) = await sim.SendAsync(HttpMethod.Post, "order", query);

        Assert.Equal(200, first);
        Assert.Equal(400, second);
        Assert.Equal(-2010, body.GetProperty("code").GetInt32());
        Assert.Single(sim.Sim.Exchange.AllOrders(new("BTCUSDT"), null, null, 1000), o => o.ClientOrderId == "dup-1");
    }

    [Fact]
    public async Task OpenOrders_DeleteForSymbol_CancelsThemAll()
    {
        await sim.SendAsync(
            HttpMethod.Post,
            "order",
            "symbol=BTCUSDT&side=SELL&type=LIMIT&quantity=0.0001&price=200000&newClientOrderId=all-1"
        );
        await sim.SendAsync(
            HttpMethod.Post,
            "order",
            "symbol=BTCUSDT&side=SELL&type=LIMIT&quantity=0.0001&price=210000&newClientOrderId=all-2"
        );

        var (status, cancelled) = await sim.SendAsync(HttpMethod.Delete, "openOrders", "symbol=BTCUSDT");
        var (_, open) = await sim.SendAsync(HttpMethod.Get, "openOrders", "symbol=BTCUSDT");

        Assert.Equal(200, status);
        Assert.Contains(cancelled.EnumerateArray(), o => o.GetProperty("origClientOrderId").GetString() == "all-2");
        Assert.Empty(open.EnumerateArray());
    }

    [Fact]
    public async Task UserDataStream_CreateKeepAliveDelete_WorksAndUnknownKeyFails()
    {
        var (_, created) = await sim.SendAsync(HttpMethod.Post, "userDataStream", "");
        var key = created.GetProperty("listenKey").GetString()!;

        var (putStatus, _) = await sim.SendAsync(HttpMethod.Put, "userDataStream", $"listenKey={key}");
        var (deleteStatus, _) = await sim.SendAsync(HttpMethod.Delete, "userDataStream", $"listenKey={key}");
        var (againStatus, _) = await sim.SendAsync(HttpMethod.Put, "userDataStream", $"listenKey={key}");

        Assert.Equal(64, key.Length);
        Assert.Equal(200, putStatus);
        Assert.Equal(200, deleteStatus);
        Assert.Equal(400, againStatus);
    }
}
