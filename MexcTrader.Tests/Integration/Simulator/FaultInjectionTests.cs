using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Tests.Integration.Simulator;

public sealed class FaultInjectionTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>, IDisposable
{
    private static readonly Uri Ping = new("api/v3/ping", UriKind.Relative);

    public void Dispose() => sim.Sim.Faults.Clear();

    [Fact]
    public async Task RateLimit_NextRequest_Gets429WithRetryAfterThenRecovers()
    {
        sim.Sim.Faults.Add(new FaultRule(FaultKind.RateLimit, Count: 1, RetryAfterSeconds: 7));

        using var limited = await sim.Http.GetAsync(Ping);
        using var next = await sim.Http.GetAsync(Ping);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task ServerError_NextTwoRequests_Get503()
    {
        sim.Sim.Faults.Add(new FaultRule(FaultKind.ServerError, Count: 2, StatusCode: 503));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await sim.Http.GetAsync(Ping);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK],
            statuses
        );
    }

    [Fact]
    public async Task DropConnection_NextRequest_FailsWithoutAnswer()
    {
        sim.Sim.Faults.Add(new FaultRule(FaultKind.DropConnection, Count: 1));

        await Assert.ThrowsAsync<HttpRequestException>(() => sim.Http.GetAsync(Ping));
        using var next = await sim.Http.GetAsync(Ping);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Delay_NextRequest_IsAnsweredLate()
    {
        sim.Sim.Faults.Add(new FaultRule(FaultKind.Delay, Count: 1, DelayMs: 300));
        var watch = Stopwatch.StartNew();

        using var response = await sim.Http.GetAsync(Ping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.ElapsedMilliseconds >= 290, $"answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Fraction_HalfOfRequests_AreHitRoughlyHalfTheTime()
    {
        sim.Sim.Faults.Add(new FaultRule(FaultKind.ServerError, Probability: 0.5, PathPrefix: "/api/v3/time"));

        var failed = 0;
        for (var i = 0; i < 60; i++)
        {
            using var response = await sim.Http.GetAsync(new Uri("api/v3/time", UriKind.Relative));
            failed += response.IsSuccessStatusCode ? 0 : 1;
        }

        Assert.InRange(failed, 15, 45);
    }

    [Fact]
    public async Task ServerErrorAfterProcessing_OrderIsPlacedThoughTheAnswerIs500()
    {
        sim.Sim.Faults.Add(
            new FaultRule(
                FaultKind.ServerError,
                Count: 1,
                PathPrefix: "/api/v3/order",
                StatusCode: 500,
                AfterProcessing: true
            )
        );

        var (status, _) = await sim.SendAsync(
            HttpMethod.Post,
            "order",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.0001&price=40000&newClientOrderId=unknown-outcome"
        );
        var (_, order) = await sim.SendAsync(
            HttpMethod.Get,
            "order",
            "symbol=BTCUSDT&origClientOrderId=unknown-outcome"
        );

        Assert.Equal(500, status);
        Assert.Equal("NEW", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AdminEndpoint_PostThenDelete_SwitchesFaultsAtRunTime()
    {
        using var added = await sim.Http.PostAsync(
            new Uri("_sim/faults", UriKind.Relative),
            JsonContent.Create(new { kind = "RateLimit", count = 5 })
        );
        using var limited = await sim.Http.GetAsync(Ping);
        var listed = await sim.Http.GetStringAsync(new Uri("_sim/faults", UriKind.Relative));
        using var cleared = await sim.Http.DeleteAsync(new Uri("_sim/faults", UriKind.Relative));
        using var after = await sim.Http.GetAsync(Ping);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("RateLimit", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task AdminEndpoint_InvalidRule_Is400AndAddsNothing()
    {
        using var response = await sim.Http.PostAsync(
            new Uri("_sim/faults", UriKind.Relative),
            JsonContent.Create(new { kind = "ServerError", statusCode = 200 })
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(sim.Sim.Faults.Active());
    }

    [Fact]
    public async Task Status_AfterFullReplay_ReportsProgressAndBalances()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(
            await sim.Http.GetStringAsync(new Uri("_sim/status", UriKind.Relative))
        );
        var status = doc.RootElement;

        Assert.True(status.GetProperty("ReplayFinished").GetBoolean());
        Assert.Equal(48 * 5, status.GetProperty("TotalSteps").GetInt32());
        Assert.Contains(
            status.GetProperty("Balances").EnumerateArray(),
            b => b.GetProperty("Asset").GetString() == "USDT"
        );
    }

    [Fact]
    public async Task IpBan_NextRequest_Gets418WithRetryAfter()
    {
        sim.Sim.Faults.Add(new FaultRule(FaultKind.IpBan, Count: 1, RetryAfterSeconds: 120));

        using var banned = await sim.Http.GetAsync(Ping);

        Assert.Equal((HttpStatusCode)418, banned.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), banned.Headers.RetryAfter?.Delta);
    }
}
