using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

/// <summary>Shapes from the docs (no live capture exists): ids as numbers, Qty for origQty, the other spelling of cumulative.</summary>
public sealed class MexcOrderParsingTests : IDisposable
{
    private static readonly Symbol Mx = new("MXUSDT");
    private readonly MexcTestHost _host = MexcTestHost.Create();

    [Fact]
    public async Task GetOrderAsync_NumericIdQtyAliasAndSingleMSpelling_ReadsThem()
    {
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? _host.Server.ServerTime()
                : FakeMexcServer.Json(
                    """
                    {"symbol":"MXUSDT","orderId":1,"orderListId":-1,"clientOrderId":"myOrder1","price":"0.1","Qty":"50",
                     "executedQty":"20","cumulativeQuoteQty":"2","status":"PARTIALLY_FILLED","timeInForce":"GTC","type":"LIMIT",
                     "side":"BUY","stopPrice":"0.0","time":1666676533741,"updateTime":1666676533741,"isWorking":true}
                    """
                );

        var order = (await _host.Client.GetOrderAsync(Mx, "1", CancellationToken.None)).Value;

        Assert.Equal("1", order.OrderId);
        Assert.Equal(
            ("myOrder1", 50m, 20m, 2m),
            (order.ClientOrderId, order.Quantity, order.ExecutedQuantity, order.CumulativeQuoteQuantity)
        );
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal(0.1m, order.AveragePrice);
        Assert.True(order.IsOpen);
    }

    [Fact]
    public async Task GetOrderAsync_QueryOnlyStopType_KeepsOrderWithNullType()
    {
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? _host.Server.ServerTime()
                : FakeMexcServer.Json(
                    """{"symbol":"MXUSDT","orderId":"06a480e69e604477bfb48dddd5f0b750","price":"0","origQty":"5","executedQty":"0","cummulativeQuoteQty":"0","status":"NEW","type":"STOP_MARKET_ORDER","side":"SELL"}"""
                );

        var order = (
            await _host.Client.GetOrderAsync(Mx, "06a480e69e604477bfb48dddd5f0b750", CancellationToken.None)
        ).Value;

        Assert.Null(order.Type);
        Assert.Null(order.AveragePrice);
    }

    [Fact]
    public async Task GetAccountAsync_DocsShape_ReadsBalancesWithNullCommissions()
    {
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? _host.Server.ServerTime()
                : FakeMexcServer.Json(
                    """
                    {"makerCommission":null,"takerCommission":null,"buyerCommission":null,"sellerCommission":null,
                     "canTrade":true,"canWithdraw":true,"canDeposit":true,"updateTime":null,"accountType":"SPOT",
                     "balances":[{"asset":"NBNTEST","free":"1111078","locked":"33","available":"1"}],"permissions":["SPOT"]}
                    """
                );

        var account = (await _host.Client.GetAccountAsync(CancellationToken.None)).Value;

        var balance = Assert.Single(account.Balances);
        Assert.Equal(
            ("NBNTEST", 1111078m, 33m, 1111111m),
            (balance.Asset, balance.Free, balance.Locked, balance.Total)
        );
        Assert.True(account.CanTrade);
        Assert.Equal("mx0aBYs33eIilxBWC5", _host.Server.SeenAt("/api/v3/account").Single().ApiKey);
    }

    [Fact]
    public async Task ListenKeyCalls_DocsShapes_AreSignedWithTheRightMethods()
    {
        _host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? _host.Server.ServerTime()
                : FakeMexcServer.Json(
                    """{"listenKey":"pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1"}"""
                );

        var created = await _host.Client.CreateListenKeyAsync(CancellationToken.None);
        var kept = await _host.Client.KeepAliveListenKeyAsync(created.Value, CancellationToken.None);
        var deleted = await _host.Client.DeleteListenKeyAsync(created.Value, CancellationToken.None);

        Assert.True(kept.IsSuccess && deleted.IsSuccess);
        var calls = _host.Server.SeenAt("/api/v3/userDataStream");
        Assert.Equal([HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete], calls.Select(c => c.Method));
        Assert.All(calls, c => Assert.Matches("^[0-9a-f]{64}$", c["signature"]!));
        Assert.Equal(created.Value, calls[1]["listenKey"]);
    }

    [Fact]
    public async Task SignedCall_WithoutApiKey_FailsWithoutSending()
    {
        using var host = MexcTestHost.WithoutKey();

        var result = await host.Client.GetAccountAsync(CancellationToken.None);

        Assert.Equal("mexc.credentials_missing", result.Failure?.Code);
        Assert.Empty(host.Server.Seen);
    }

    [Fact]
    public async Task GetServerTimeAsync_GarbageBody_FailsAsBadResponse()
    {
        _host.Server.Respond = _ => FakeMexcServer.Json("<html>maintenance</html>");

        var result = await _host.Client.GetServerTimeAsync(CancellationToken.None);

        Assert.Equal("mexc.bad_response", result.Failure?.Code);
    }

    public void Dispose() => _host.Dispose();
}
