using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

public sealed class MexcClockTests
{
    [Fact]
    public async Task SignedCall_ServerClockAhead_StampsRequestWithServerTime()
    {
        using var host = MexcTestHost.Create();
        var serverAhead = TimeSpan.FromMilliseconds(2_345);
        host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? FakeMexcServer.Json(
                    $"{{\"serverTime\":{(host.Time.GetUtcNow() + serverAhead).ToUnixTimeMilliseconds()}}}"
                )
                : FakeMexcServer.Json("""{"canTrade":true,"balances":[]}""");

        await host.Client.GetAccountAsync(CancellationToken.None);

        var call = host.Server.SeenAt("/api/v3/account").Single();
        Assert.Equal(
            (host.Time.GetUtcNow() + serverAhead)
                .ToUnixTimeMilliseconds()
                .ToString(System.Globalization.CultureInfo.InvariantCulture),
            call["timestamp"]
        );
        Assert.Equal("5000", call["recvWindow"]);
        Assert.Equal(serverAhead, host.Clock.Offset);
    }

    [Fact]
    public void Record_SlowRoundTrip_MeasuresOffsetAtMidpoint()
    {
        var sut = new MexcServerClock(TimeProvider.System);
        var sent = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var offset = sut.Record(sent, sent.AddMilliseconds(400), sent.AddMilliseconds(700));

        Assert.Equal(TimeSpan.FromMilliseconds(500), offset);
    }

    [Fact]
    public async Task SignedCalls_WithinSyncInterval_MeasureTheClockOnlyOnce()
    {
        using var host = MexcTestHost.Create();
        host.Server.Respond = r =>
            r.Path == "/api/v3/time"
                ? host.Server.ServerTime()
                : FakeMexcServer.Json("""{"canTrade":true,"balances":[]}""");

        await host.Client.GetAccountAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromSeconds(60));
        await host.Client.GetAccountAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromSeconds(300));
        await host.Client.GetAccountAsync(CancellationToken.None);

        Assert.Equal(2, host.Server.SeenAt("/api/v3/time").Count);
    }
}
