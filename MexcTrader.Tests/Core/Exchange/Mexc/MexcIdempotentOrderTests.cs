using System.Collections.Concurrent;
using System.Net;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcIdempotentOrderTests : IDisposable
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private readonly MexcTestHost _host = MexcTestHost.Create();
    private readonly ConcurrentDictionary<string, string> _book = new(); // client order id → exchange order id

    /// <summary>A tiny exchange: accepts orders into a book, optionally losing the answer, and answers queries from it.</summary>
    private void ServeExchange(
        Func<int, (bool Accept, bool LoseAnswer)> onOrder,
        Func<SeenRequest, HttpResponseMessage?>? onQuery = null
    )
    {
        var orders = 0;
        _host.Server.Respond = r =>
        {
            if (r.Path == "/api/v3/time")
            {
                return _host.Server.ServerTime();
            }
            var clientId = r["newClientOrderId"] ?? r["origClientOrderId"] ?? "";
            if (r.Method == HttpMethod.Post)
            {
                var (accept, lose) = onOrder(orders++);
                if (accept && !_book.TryAdd(clientId, $"C02__{_book.Count + 1}"))
                {
                    return FakeMexcServer.Json("""{"code":30000,"msg":"duplicate"}""", HttpStatusCode.BadRequest);
                }
                if (lose)
                {
                    throw new HttpRequestException("The connection was reset after the request was sent.");
                }
                return accept
                    ? FakeMexcServer.Json(
                        $$"""{"symbol":"BTCUSDT","orderId":"{{_book[clientId]}}","price":"60000","origQty":"0.001","type":"LIMIT","side":"BUY","transactTime":1}"""
                    )
                    : FakeMexcServer.Json("""{"code":10101,"msg":"Insufficient balance"}""", HttpStatusCode.BadRequest);
            }
            if (onQuery?.Invoke(r) is { } scripted)
            {
                return scripted;
            }
            return _book.TryGetValue(clientId, out var id)
                ? FakeMexcServer.Json(
                    $$"""{"symbol":"BTCUSDT","orderId":"{{id}}","clientOrderId":"{{clientId}}","price":"60000","origQty":"0.001","executedQty":"0","cummulativeQuoteQty":"0","status":"NEW","type":"LIMIT","side":"BUY","time":1}"""
                )
                : FakeMexcServer.Json("""{"code":-2013,"msg":"Order does not exist."}""", HttpStatusCode.BadRequest);
        };
    }

    private Task<Result<OrderAck>> Place(string? clientId = "idem-1") =>
        _host.RunAsync(c =>
            c.PlaceOrderIdempotentAsync(
                OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 60_000m, clientId),
                MexcOrderRulesTests.BtcRules,
                CancellationToken.None
            )
        );

    [Fact]
    public async Task PlaceOrderIdempotentAsync_AnswerLostAfterAccept_FindsTheOrderAndDoesNotResend()
    {
        ServeExchange(n => (Accept: true, LoseAnswer: n == 0));

        var ack = await Place();

        Assert.True(ack.IsSuccess, ack.Failure?.ToString());
        Assert.Equal(("C02__1", "idem-1"), (ack.Value.OrderId, ack.Value.ClientOrderId));
        Assert.Single(_book);
        Assert.Single(_host.Server.SeenAt("/api/v3/order"), r => r.Method == HttpMethod.Post);
        Assert.Equal(
            "idem-1",
            _host.Server.SeenAt("/api/v3/order").Single(r => r.Method == HttpMethod.Get)["origClientOrderId"]
        );
    }

    [Fact]
    public async Task PlaceOrderIdempotentAsync_LostBeforeAccept_ResendsWithTheSameClientId()
    {
        ServeExchange(n => (Accept: n > 0, LoseAnswer: n == 0));

        var ack = await Place();

        Assert.True(ack.IsSuccess, ack.Failure?.ToString());
        var posts = _host.Server.SeenAt("/api/v3/order").Where(r => r.Method == HttpMethod.Post).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(["idem-1", "idem-1"], posts.Select(p => p["newClientOrderId"]));
        Assert.Single(_book);
    }

    [Fact]
    public async Task PlaceOrderIdempotentAsync_NoClientId_GeneratesOneAndKeepsItAcrossAttempts()
    {
        ServeExchange(n => (Accept: n > 0, LoseAnswer: n == 0));

        var ack = await Place(clientId: null);

        var posts = _host.Server.SeenAt("/api/v3/order").Where(r => r.Method == HttpMethod.Post).ToList();
        Assert.Matches("^[0-9a-f]{32}$", posts[0]["newClientOrderId"]!);
        Assert.Equal(posts[0]["newClientOrderId"], posts[1]["newClientOrderId"]);
        Assert.Equal(posts[0]["newClientOrderId"], ack.Value.ClientOrderId);
    }

    [Fact]
    public async Task PlaceOrderIdempotentAsync_ExchangeRejects_ReturnsTheRejectionWithoutRetry()
    {
        ServeExchange(_ => (Accept: false, LoseAnswer: false));

        var ack = await Place();

        Assert.Equal(MexcErrorCodes.InsufficientBalance, ack.Failure?.Code);
        Assert.Single(_host.Server.SeenAt("/api/v3/order"));
    }

    [Fact]
    public async Task PlaceOrderIdempotentAsync_CheckFailsToo_ReportsDoubtInsteadOfResending()
    {
        ServeExchange(
            n => (Accept: true, LoseAnswer: true),
            onQuery: _ => FakeMexcServer.Json("""{"code":700007,"msg":"No permission"}""", HttpStatusCode.BadRequest)
        );

        var ack = await Place();

        Assert.False(ack.IsSuccess);
        Assert.True(MexcFailures.IsOutcomeUnknown(ack.Failure));
        Assert.Contains("may or may not", ack.Failure.Message, StringComparison.Ordinal);
        Assert.Single(_host.Server.SeenAt("/api/v3/order"), r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task PlaceOrderIdempotentAsync_NeverLands_StopsAfterConfiguredAttempts()
    {
        ServeExchange(_ => (Accept: false, LoseAnswer: true));

        var ack = await Place();

        Assert.Equal(MexcFailures.Network, ack.Failure?.Code);
        Assert.Equal(3, _host.Server.SeenAt("/api/v3/order").Count(r => r.Method == HttpMethod.Post));
        Assert.Empty(_book);
    }

    public void Dispose() => _host.Dispose();
}
