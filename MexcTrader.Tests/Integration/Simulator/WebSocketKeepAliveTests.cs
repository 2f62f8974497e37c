using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;
using Microsoft.Extensions.Time.Testing;

namespace MexcTrader.Tests.Integration.Simulator;

/// <summary>
/// The client's timers on a fake clock against the real simulator: PING schedule, the silence timeout and the
/// planned rollover before MEXC's 24 h cut-off. Fake time moves only when a test advances it.
/// </summary>
public sealed class WebSocketKeepAliveTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static Task<WebSocketHarness> Start() =>
        WebSocketHarness.StartAsync(
            WebSocketHarness.Minutes(Btc, 1_200),
            new ReplayOptions(Speed: 600, WarmupCandles: 5)
        );

    private static MexcWebSocketOptions Timers(MexcWebSocketOptions o) =>
        o with
        {
            PingInterval = TimeSpan.FromSeconds(20),
            SilenceTimeout = TimeSpan.FromSeconds(45),
            Rollover = TimeSpan.FromHours(23),
        };

    // a second at a time, pausing briefly after each so the client's timers can act on it
    private static async Task AdvanceAsync(FakeTimeProvider clock, int seconds)
    {
        for (var second = 0; second < seconds; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }
    }

    private static async Task<Candle> NextClosed(MexcMarketStream market) =>
        await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token);

    [Fact]
    public async Task Ping_EveryPingInterval_OnTheFakeClock()
    {
        await using var h = await Start();
        var clock = new FakeTimeProvider();
        var market = h.Market();
        await using var client = h.Client(market, clock: clock, tune: Timers);
        await client.SubscribeAsync([market.TrackKlines(Btc, Interval.OneMinute)], default);
        await NextClosed(market); // subscribed and past the fill: the keep-alive timer runs
        var before = h.Sim.WebSockets.PingsReceived;

        for (var ping = 1; ping <= 3; ping++)
        {
            await AdvanceAsync(clock, 19);
            Assert.Equal(ping - 1, h.Sim.WebSockets.PingsReceived);
            await AdvanceAsync(clock, 1);
            await WebSocketHarness.Until(() => h.Sim.WebSockets.PingsReceived == ping, Wait, $"ping {ping}");
        }

        Assert.Equal(0, before);
        Assert.Equal(0, client.Counters.Reconnects);
    }

    [Fact]
    public async Task Silence_PastTheTimeout_ReconnectsAndDeliversEveryCandle()
    {
        await using var h = await Start();
        var clock = new FakeTimeProvider();
        var market = h.Market();
        await using var client = h.Client(market, clock: clock, tune: Timers);
        await client.SubscribeAsync([market.TrackKlines(Btc, Interval.OneMinute)], default);
        var first = await NextClosed(market);

        Assert.Equal(1, h.Sim.WebSockets.SilenceAll());
        // no frame since the silence: pings at 20 s and 40 s go unanswered, the 60 s tick finds 60 s > 45 s
        await AdvanceAsync(clock, 59);
        await WebSocketHarness.Until(() => h.Sim.WebSockets.PingsReceived == 2, Wait, "two unanswered pings");
        Assert.Equal(0, client.Counters.Reconnects);
        await AdvanceAsync(clock, 1);
        await WebSocketHarness.Until(() => client.Counters.Reconnects == 1, Wait, "the reconnect");
        for (var step = 0; step < 100 && h.Sim.WebSockets.Subscriptions == 0; step++)
        {
            await AdvanceAsync(clock, 1); // the reconnect back-off runs on the fake clock too
        }
        await WebSocketHarness.Until(() => h.Sim.WebSockets.Subscriptions == 1, Wait, "the new subscription");
        var next = new List<Candle>();
        while (next.Count < 10 && next.LastOrDefault()?.OpenTime != first.OpenTime.AddMinutes(10))
        {
            next.Add(await NextClosed(market));
        }

        Assert.Equal(2, h.Sim.WebSockets.PingsReceived); // the new connection has not pinged yet
        Assert.Equal(1, client.Counters.Reconnects);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => first.OpenTime.AddMinutes(i)), next.Select(c => c.OpenTime));
    }

    [Fact]
    public async Task Rollover_BeforeTheDayLimit_NewConnectionWithoutLostOrDoubledCandles()
    {
        await using var h = await Start();
        var clock = new FakeTimeProvider();
        var market = h.Market();
        await using var client = h.Client(
            market,
            clock: clock,
            tune: o => Timers(o) with { Rollover = TimeSpan.FromMinutes(2) }
        );
        await client.SubscribeAsync([market.TrackKlines(Btc, Interval.OneMinute)], default);
        var first = await NextClosed(market);

        // the deadline is checked on the ping ticks: the first tick at or after 2 min
        await AdvanceAsync(clock, 119);
        Assert.Equal(0, client.Counters.Rollovers);
        await AdvanceAsync(clock, 1);
        await WebSocketHarness.Until(() => client.Counters.Rollovers == 1, Wait, "the rollover");
        await WebSocketHarness.Until(
            () => h.Sim.WebSockets.Connections == 1 && h.Sim.WebSockets.Subscriptions == 1,
            Wait,
            "the old connection closed and the new one subscribed"
        );
        var closed = new List<Candle>();
        while (closed.Count < 40)
        {
            closed.Add(await NextClosed(market));
        }

        Assert.Equal(1, client.Counters.Rollovers);
        Assert.Equal(0, client.Counters.Reconnects);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => first.OpenTime.AddMinutes(i)), closed.Select(c => c.OpenTime));
    }
}
