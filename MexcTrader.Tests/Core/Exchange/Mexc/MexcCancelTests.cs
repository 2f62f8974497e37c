using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcCancelTests : IDisposable
{
    private static readonly Symbol Mx = new("MXUSDT");
    private readonly MexcTestHost _host = MexcTestHost.Create();

    private const string Cancelled =
        """{"symbol":"MXUSDT","origClientOrderId":"myOrder1","orderId":"4","clientOrderId":"cancelMyOrder1","price":"2","origQty":"1","executedQty":"0","cummulativeQuoteQty":"0","status":"CANCELED","timeInForce":"GTC","type":"LIMIT","side":"BUY"}""";

    [Fact]
    public async Task CancelOrderByClientIdAsync_DocsAnswer_SendsDeleteAndReadsCancelledOrder()
    {
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time" ? _host.Server.ServerTime() : FakeMexcServer.Json(Cancelled);

        var order = (await _host.Client.CancelOrderByClientIdAsync(Mx, "myOrder1", CancellationToken.None)).Value;

        var call = _host.Server.SeenAt("/api/v3/order").Single();
        Assert.Equal(
            (HttpMethod.Delete, "MXUSDT", "myOrder1"),
            (call.Method, call["symbol"], call["origClientOrderId"])
        );
        Assert.Equal(("4", OrderStatus.Canceled, 2m), (order.OrderId, order.Status, order.Price));
    }

    [Fact]
    public async Task CancelAllOrdersAsync_ArrayAnswer_ReturnsEveryCancelledOrder()
    {
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? _host.Server.ServerTime()
                : FakeMexcServer.Json($"[{Cancelled},{Cancelled.Replace("\"4\"", "\"5\"", StringComparison.Ordinal)}]");

        var orders = (await _host.Client.CancelAllOrdersAsync(Mx, CancellationToken.None)).Value;

        Assert.Equal(["4", "5"], orders.Select(o => o.OrderId));
        Assert.Equal(HttpMethod.Delete, _host.Server.SeenAt("/api/v3/openOrders").Single().Method);
    }

    [Fact]
    public async Task GetOpenOrdersAsync_WithoutSymbol_AsksForTheWholeAccount()
    {
        _host.Server.Respond = r => r.Path == "/api/v3/time" ? _host.Server.ServerTime() : FakeMexcServer.Json("[]");

        var orders = (await _host.Client.GetOpenOrdersAsync(null, CancellationToken.None)).Value;

        Assert.Empty(orders);
        var call = _host.Server.SeenAt("/api/v3/openOrders").Single();
        Assert.Equal(HttpMethod.Get, call.Method);
        Assert.Null(call["symbol"]);
        Assert.StartsWith("recvWindow=5000&timestamp=", call.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelOrderAsync_UnknownOrder_FailsAsOrderNotFound()
    {
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? _host.Server.ServerTime()
                : FakeMexcServer.Json(
                    """{"code":-2013,"msg":"Order does not exist."}""",
                    System.Net.HttpStatusCode.BadRequest
                );

        var result = await _host.Client.CancelOrderAsync(Mx, "C02__404", CancellationToken.None);

        Assert.Equal("mexc.order_not_found", result.Failure?.Code);
        Assert.Single(_host.Server.SeenAt("/api/v3/order")); // a DELETE is never retried automatically
    }

    public void Dispose() => _host.Dispose();
}
