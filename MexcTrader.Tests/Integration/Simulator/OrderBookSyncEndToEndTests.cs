using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc.Models;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Tests.Integration.Simulator;

/// <summary>
/// <see cref="OrderBookSync"/> over the real WebSocket and REST client against the simulator, whose depth pushes
/// carry versions continuous with /api/v3/depth's lastUpdateId (mexc-api.md §9.6).
/// </summary>
public sealed class OrderBookSyncEndToEndTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task OrderBookSync_LiveDeltasARestingOrderAndAForcedGap_EndsEqualToTheRestBook()
    {
        // a bar every 50 ms: four book moves per bar for about 8 s
        await using var h = await WebSocketHarness.StartAsync(
            WebSocketHarness.Minutes(Btc, 165),
            new ReplayOptions(Speed: 1_200, WarmupCandles: 5)
        );
        var sync = new OrderBookSync(ct => h.Rest.GetOrderBookAsync(Btc, 5_000, ct));
        var sink = new MexcPushSink();
        await using var client = h.Client(sink);
        using var stop = new CancellationTokenSource();
        var versions = new List<(long From, long To)>();
        var applying = Task.Run(async () =>
        {
            await foreach (var push in sink.Pushes.ReadAllAsync(stop.Token))
            {
                var delta = DepthDelta.From(push.PublicAggreDepths);
                Assert.True(delta.IsSuccess, delta.Failure?.ToString());
                lock (versions)
                {
                    versions.Add((delta.Value.FromVersion, delta.Value.ToVersion));
                }
                sync.OnDelta(delta.Value);
            }
        });
        var syncing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (!sync.IsSynced)
                {
                    await sync.TrySyncAsync(stop.Token);
                }
                await Task.Delay(10, stop.Token);
            }
        });

        await client.SubscribeAsync([MexcChannels.AggreDepth(Btc)], default);
        await WebSocketHarness.Until(() => sync.IsSynced, Wait, "the first sync");
        var rules = (await h.Rest.GetSymbolRulesAsync(Btc, default)).Value;
        var price = h.Sim.Exchange.Market(Btc)!.LastPrice!.Value;
        var resting = await h.Rest.PlaceOrderAsync(
            OrderRequest.Limit(Btc, OrderSide.Buy, 0.01m, Math.Round(price * 0.8m, 2), "book-rest-1"),
            rules,
            default
        );
        Assert.True(resting.IsSuccess, resting.Failure?.ToString());
        var restartsBefore = sync.Restarts;
        h.Sim.WebSockets.Faults.SkipDepthChanges(1);
        await WebSocketHarness.Until(() => sync.Restarts > restartsBefore, Wait, "the gap to be noticed");
        await WebSocketHarness.Until(() => sync.IsSynced, Wait, "the sync from a new snapshot");
        await h.Sim.ReplayTask;
        var book = (await h.Rest.GetOrderBookAsync(Btc, 5_000, default)).Value;
        await WebSocketHarness.Until(() => sync.Version == book.LastUpdateId, Wait, "the last delta");
        await stop.CancelAsync();
        await Task.WhenAll(applying, syncing).ContinueWith(_ => { }, TaskScheduler.Default);

        var (bids, asks) = sync.Top(5_000);
        Assert.Equal(book.Bids, bids);
        Assert.Equal(book.Asks, asks);
        Assert.Contains(new PriceLevel(Math.Round(price * 0.8m, 2), 0.01m), bids);
        string Breaks()
        {
            lock (versions)
            {
                return string.Join(
                        "; ",
                        versions
                            .Zip(versions.Skip(1))
                            .Where(p => p.Second.From != p.First.To + 1)
                            .Select(p => $"{p.First} -> {p.Second}")
                    ) + $" of {versions.Count}, restarts before {restartsBefore}";
            }
        }
        Assert.True(restartsBefore == 0 && sync.Restarts == 1, Breaks());
        // the stream itself: each push continues the last (fromVersion = previous toVersion + 1) but for the one skipped
        lock (versions)
        {
            var breaks = versions.Zip(versions.Skip(1)).Count(p => p.Second.From != p.First.To + 1);
            Assert.Equal(1, breaks);
            Assert.All(versions, v => Assert.True(v.From <= v.To));
        }
    }
}
