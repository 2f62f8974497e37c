using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc.Protobuf;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;
using Microsoft.Extensions.Logging.Abstractions;

namespace MexcTrader.Tests.Integration.Simulator;

/// <summary>The real WebSocket client against the simulator's /ws over loopback.</summary>
public sealed class WebSocketClientTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    // a 1m candle every 0.1 s, so a test sees several close
    private static Task<WebSocketHarness> Start(int candles = 600) =>
        WebSocketHarness.StartAsync(
            WebSocketHarness.Minutes(Btc, candles),
            new ReplayOptions(Speed: 600, WarmupCandles: 5)
        );

    [Fact]
    public async Task SubscribeAsync_KlinesAndDeals_DeliversClosedCandlesAndDeals()
    {
        await using var h = await Start();
        var source = WebSocketHarness.Minutes(Btc, 600).ToDictionary(c => c.OpenTime);
        var deals = new List<PushDataV3ApiWrapper>();
        var market = new MexcMarketStream(
            new MexcRestKlineHistory(h.Rest),
            TimeProvider.System,
            p =>
            {
                lock (deals)
                {
                    deals.Add(p);
                }
            }
        );
        await using var client = h.Client(market);

        await client.SubscribeAsync(
            [market.TrackKlines(Btc, Interval.OneMinute), MexcChannels.AggreDeals(Btc)],
            default
        );
        var closed = new List<Candle>();
        while (closed.Count < 3)
        {
            closed.Add(await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token));
        }
        await WebSocketHarness.Until(
            () =>
            {
                lock (deals)
                {
                    return deals.Count > 0;
                }
            },
            Wait,
            "a deal"
        );

        Assert.All(
            closed,
            c => Assert.Equal(source[c.OpenTime] with { IsClosed = true, QuoteVolume = c.QuoteVolume }, c)
        );
        Assert.Equal([.. closed.Select(c => c.OpenTime).Order()], closed.Select(c => c.OpenTime));
        var deal = deals[0];
        Assert.Equal(("BTCUSDT", PushDataV3ApiWrapper.BodyOneofCase.PublicAggreDeals), (deal.Symbol, deal.BodyCase));
        Assert.True(
            decimal.Parse(deal.PublicAggreDeals.Deals[0].Price, System.Globalization.CultureInfo.InvariantCulture) > 0
        );
    }

    [Fact]
    public async Task PrivateChannels_MarketOrderThroughRest_PushesOrderFillAndBalance()
    {
        await using var h = await Start();
        using var keys = new MexcListenKeySession(
            h.Rest,
            h.WebSocketUrl,
            TimeProvider.System,
            NullLogger<MexcListenKeySession>.Instance
        );
        var sink = new MexcPushSink();
        await using var client = h.Client(sink, keys.EndpointAsync);
        await client.SubscribeAsync(
            [MexcChannels.PrivateOrders, MexcChannels.PrivateDeals, MexcChannels.PrivateAccount],
            default
        );
        await WebSocketHarness.Until(() => h.Sim.WebSockets.Connections == 1, Wait, "the private connection");
        await Task.Delay(200); // the SUBSCRIPTION ack
        var rules = (await h.Rest.GetSymbolRulesAsync(Btc, default)).Value;

        var placed = await h.Rest.PlaceOrderAsync(
            OrderRequest.MarketByQuote(Btc, OrderSide.Buy, 100m, "ws-private-1"),
            rules,
            default
        );

        Assert.True(placed.IsSuccess, placed.Failure?.ToString());
        var seen = new List<PushDataV3ApiWrapper>();
        using var timeout = new CancellationTokenSource(Wait);
        while (
            !(
                seen.Exists(p => p.PrivateOrders?.Status == 2)
                && seen.Exists(p => p.PrivateDeals is not null)
                && seen.Exists(p => p.PrivateAccount is not null)
            )
        )
        {
            seen.Add(await sink.Pushes.ReadAsync(timeout.Token));
        }
        var filled = seen.First(p => p.PrivateOrders?.Status == 2);
        Assert.Equal(
            ("BTCUSDT", "ws-private-1", 1),
            (filled.Symbol, filled.PrivateOrders.ClientId, filled.PrivateOrders.TradeType)
        );
        var fill = seen.First(p => p.PrivateDeals is not null).PrivateDeals;
        Assert.Equal("ws-private-1", fill.ClientOrderId);
        Assert.Equal(filled.PrivateOrders.Id, fill.OrderId);
        Assert.NotNull(keys.ListenKey);
        Assert.True(await keys.RenewAsync(default));
    }

    [Fact]
    public async Task MalformedFrames_AreCountedAndTheStreamContinues()
    {
        await using var h = await Start();
        var market = h.Market();
        await using var client = h.Client(market);
        await client.SubscribeAsync([market.TrackKlines(Btc, Interval.OneMinute)], default);
        await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token);

        h.Sim.WebSockets.Faults.InjectMalformed(3);
        await WebSocketHarness.Until(() => client.Counters.MalformedFrames == 3, Wait, "three malformed frames");
        var after = await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token);

        Assert.True(after.IsClosed);
        Assert.Equal(0, client.Counters.Reconnects);
    }

    [Fact]
    public async Task DropAll_ClientReconnectsResubscribesAndMissesNothing()
    {
        await using var h = await Start();
        var market = h.Market();
        await using var client = h.Client(market);
        await client.SubscribeAsync([market.TrackKlines(Btc, Interval.OneMinute)], default);
        var first = await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token);

        Assert.Equal(1, h.Sim.WebSockets.DropAll());
        await WebSocketHarness.Until(
            () => client.Counters.Reconnects == 1 && h.Sim.WebSockets.Connections == 1,
            Wait,
            "the reconnect"
        );
        var next = new List<Candle>();
        while (next.Count < 5)
        {
            next.Add(await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token));
        }

        var expected = Enumerable.Range(1, 5).Select(i => first.OpenTime.AddMinutes(i));
        Assert.Equal(expected, next.Select(c => c.OpenTime));
    }

    [Fact]
    public async Task SkippedBar_WhileConnected_FilledFromRestAtOnceWithoutReconnect()
    {
        await using var h = await Start();
        var source = WebSocketHarness.Minutes(Btc, 600).ToDictionary(c => c.OpenTime);
        var market = h.Market();
        await using var client = h.Client(market);
        await client.SubscribeAsync([market.TrackKlines(Btc, Interval.OneMinute)], default);
        var first = await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token);

        h.Sim.WebSockets.Faults.SkipKlineBars(2);
        var next = new List<Candle>();
        while (next.Count < 8)
        {
            next.Add(await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token));
        }

        Assert.Equal(Enumerable.Range(1, 8).Select(i => first.OpenTime.AddMinutes(i)), next.Select(c => c.OpenTime));
        Assert.All(
            next,
            c => Assert.Equal(source[c.OpenTime] with { IsClosed = true, QuoteVolume = c.QuoteVolume }, c)
        );
        Assert.InRange(market.LiveGapsFilled, 1, 2); // two bars in a row are one gap, two apart are two
        Assert.Equal(0, client.Counters.Reconnects);
    }

    [Fact]
    public async Task SubscribeAsync_MoreThanThirtyChannels_ShardsOverConnections()
    {
        await using var h = await Start();
        var eth = new Symbol("ETHUSDT");
        var channels = new[] { Btc, eth }
            .SelectMany(s =>
                Intervals
                    .All.Select(i => MexcChannels.Kline(s, i))
                    .Concat([
                        MexcChannels.AggreDeals(s),
                        MexcChannels.AggreDeals(s, fast: true),
                        MexcChannels.AggreDepth(s),
                    ])
                    .Concat([
                        MexcChannels.AggreDepth(s, fast: true),
                        MexcChannels.BookTicker(s),
                        MexcChannels.BookTicker(s, fast: true),
                    ])
                    .Concat([
                        MexcChannels.LimitDepth(s, 5),
                        MexcChannels.LimitDepth(s, 10),
                        MexcChannels.LimitDepth(s, 20),
                    ])
            )
            .ToList();
        await using var client = h.Client(new MexcPushSink());

        await client.SubscribeAsync(channels, default);
        await WebSocketHarness.Until(() => h.Sim.WebSockets.Connections == 2, Wait, "two connections");
        await Task.Delay(300);

        Assert.Equal(36, channels.Count);
        Assert.Equal(2, client.Connections);
        Assert.Equal(0, client.Counters.RejectedSubscriptions);
    }

    [Fact]
    public async Task EndpointAsync_ListenKeyDeleted_CreatesANewKey()
    {
        await using var h = await Start();
        using var keys = new MexcListenKeySession(
            h.Rest,
            h.WebSocketUrl,
            TimeProvider.System,
            NullLogger<MexcListenKeySession>.Instance
        );
        var first = await keys.EndpointAsync(default);
        var old = keys.ListenKey!;

        Assert.True((await h.Rest.DeleteListenKeyAsync(old, default)).IsSuccess);
        Assert.False(await keys.RenewAsync(default));
        var second = await keys.EndpointAsync(default);

        Assert.NotEqual(first, second);
        Assert.NotEqual(old, keys.ListenKey);
        Assert.Contains(Uri.EscapeDataString(keys.ListenKey!), second.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RandomDrops_FromTheFaultSwitch_ClientKeepsDeliveringInOrder()
    {
        await using var h = await Start();
        var market = h.Market();
        await using var client = h.Client(market);
        await client.SubscribeAsync([market.TrackKlines(Btc, Interval.OneMinute)], default);
        var first = await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token);

        h.Sim.WebSockets.Faults.DropProbability = 0.05;
        var next = new List<Candle>();
        while (next.Count < 20)
        {
            next.Add(await market.ClosedCandles.ReadAsync(new CancellationTokenSource(Wait).Token));
        }
        h.Sim.WebSockets.Faults.DropProbability = 0;

        Assert.True(client.Counters.Reconnects > 0);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => first.OpenTime.AddMinutes(i)), next.Select(c => c.OpenTime));
    }
}
