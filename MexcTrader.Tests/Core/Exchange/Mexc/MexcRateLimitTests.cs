using System.Net;
using System.Net.Http.Headers;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcRateLimitTests
{
    private static HttpResponseMessage Limited(HttpStatusCode status, int retryAfterSeconds)
    {
        var response = FakeMexcServer.Json("""{"code":429,"msg":"Too many requests"}""", status);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds));
        return response;
    }

    [Fact]
    public async Task Read_429WithRetryAfter_RetriesOnlyAfterTheWaitOnTheFakeClock()
    {
        using var host = MexcTestHost.Create();
        var calls = 0;
        host.Server.Respond = _ => calls++ == 0 ? Limited(HttpStatusCode.TooManyRequests, 7) : host.Server.ServerTime();

        var result = await host.RunAsync(c => c.GetServerTimeAsync(CancellationToken.None));

        Assert.True(result.IsSuccess);
        var seen = host.Server.Seen;
        Assert.Equal(2, seen.Count);
        Assert.True(seen[1].At - seen[0].At >= TimeSpan.FromSeconds(7), $"retried after {seen[1].At - seen[0].At}");
    }

    [Fact]
    public async Task AnyCall_During418Ban_IsAnsweredLocallyUntilTheBanEnds()
    {
        using var host = MexcTestHost.Create();
        var banned = true;
        host.Server.Respond = _ => banned ? Limited((HttpStatusCode)418, 120) : host.Server.ServerTime();

        var first = await host.RunAsync(c => c.GetServerTimeAsync(CancellationToken.None));
        banned = false;
        host.Time.Advance(TimeSpan.FromSeconds(60));
        // A real-time guard: if the ban were waited out instead of answered locally, this call would never return.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var during = await host.Client.GetServerTimeAsync(guard.Token);
        var sentDuringBan = host.Server.Seen.Count;
        host.Time.Advance(TimeSpan.FromSeconds(61));
        var after = await host.RunAsync(c => c.GetServerTimeAsync(CancellationToken.None));

        Assert.Equal(MexcErrorCodes.IpBanned, first.Failure?.Code);
        Assert.Equal(MexcErrorCodes.IpBanned, during.Failure?.Code);
        Assert.Contains("not sent", during.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(1, sentDuringBan); // the 418 itself is not retried and nothing else went out
        Assert.True(after.IsSuccess);
    }

    [Fact]
    public async Task Order_429_IsNotResentAndReportsRetryAfter()
    {
        using var host = MexcTestHost.Create();
        host.Server.Respond = r =>
            r.Path == "/api/v3/time" ? host.Server.ServerTime() : Limited(HttpStatusCode.TooManyRequests, 30);
        var order = OrderRequest.Limit(new Symbol("BTCUSDT"), OrderSide.Buy, 0.001m, 60_000m);

        var result = await host.RunAsync(c =>
            c.PlaceOrderAsync(order, MexcOrderRulesTests.BtcRules, CancellationToken.None)
        );

        Assert.Equal(MexcErrorCodes.RateLimited, result.Failure?.Code);
        Assert.True(result.Failure!.IsTransient);
        Assert.Contains("30 s", result.Failure.Message, StringComparison.Ordinal);
        Assert.Single(host.Server.SeenAt("/api/v3/order"));
    }

    [Fact]
    public async Task Order_NetworkFailure_IsNotResentBlindly()
    {
        using var host = MexcTestHost.Create();
        host.Server.Respond = r =>
            r.Path == "/api/v3/time" ? host.Server.ServerTime() : throw new HttpRequestException("connection reset");
        var order = OrderRequest.Limit(new Symbol("BTCUSDT"), OrderSide.Buy, 0.001m, 60_000m);

        var result = await host.RunAsync(c =>
            c.PlaceOrderAsync(order, MexcOrderRulesTests.BtcRules, CancellationToken.None)
        );

        Assert.Equal(MexcFailures.Network, result.Failure?.Code);
        Assert.True(MexcFailures.IsOutcomeUnknown(result.Failure!));
        Assert.Single(host.Server.SeenAt("/api/v3/order"));
    }
}
