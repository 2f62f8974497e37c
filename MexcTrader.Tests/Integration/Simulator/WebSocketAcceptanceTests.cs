using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;
using Xunit.Abstractions;

namespace MexcTrader.Tests.Integration.Simulator;

/// <summary>
/// 24 h of real 1m klines for 20 pairs replayed as fast as possible over the real WebSocket, dropped at 50 random
/// moments.
/// </summary>
public sealed class WebSocketAcceptanceTests(ITestOutputHelper output)
{
    private const int Pairs = 20;
    private const int Minutes = 1_440;

    [Fact]
    public async Task ClosedCandles_WithFiftyRandomDrops_EqualTheSourceExactly()
    {
        var symbols = Enumerable.Range(1, Pairs).Select(i => new Symbol($"P{i:00}USDT")).ToList();
        var series = WebSocketHarness.Minutes(symbols[0], Minutes);
        var source = symbols.ToDictionary(s => s, s => series.Select(c => c with { Symbol = s }).ToList());
        await using var h = await WebSocketHarness.StartAsync(
            [.. source.Values.SelectMany(c => c)],
            // no pacing: the replay runs as fast as the socket senders take frames, and races ahead while dropped
            ReplayOptions.AsFastAsPossible,
            replayOnStart: false
        );
        var market = h.Market();
        var channels = symbols
            .Select(s => market.TrackKlines(s, Interval.OneMinute, since: series[0].OpenTime))
            .ToList();
        await using var client = h.Client(market);
        var delivered = symbols.ToDictionary(s => s, _ => new List<Candle>());
        var collecting = Task.Run(async () =>
        {
            await foreach (var candle in market.ClosedCandles.ReadAllAsync())
            {
                lock (delivered)
                {
                    delivered[candle.Symbol].Add(candle);
                }
            }
        });

        await client.SubscribeAsync(channels, CancellationToken.None);
        await WebSocketHarness.Until(
            () => h.Sim.WebSockets.Subscriptions == Pairs,
            TimeSpan.FromSeconds(10),
            "the subscriptions"
        );
        var watch = System.Diagnostics.Stopwatch.StartNew();
        h.Sim.StartReplay();
        var random = new Random(42);
        var hits = 0;
        var duringReplay = 0;
        var raceSteps = 0;
        var droppedAt = 0;
        for (var drop = 0; drop < 50; drop++)
        {
            // a drop while the client is still reconnecting would hit nothing: wait for a live, subscribed
            // connection, then for a random number of pushes on it (the replay races ahead while nobody listens)
            await WebSocketHarness.Until(
                () => h.Sim.WebSockets.Subscriptions == Pairs,
                TimeSpan.FromSeconds(30),
                "a live subscribed connection"
            );
            raceSteps += h.Sim.Replay.StepsDone - droppedAt;
            var due = client.Counters.Frames + random.Next(50, 500);
            await WebSocketHarness.Until(
                () => client.Counters.Frames >= due || h.Sim.Replay.IsFinished,
                TimeSpan.FromSeconds(30),
                "pushes on the new connection"
            );
            duringReplay += h.Sim.Replay.IsFinished ? 0 : 1;
            droppedAt = h.Sim.Replay.StepsDone;
            hits += h.Sim.WebSockets.DropAll();
        }
        await h.Sim.ReplayTask;
        var replayed = watch.Elapsed;
        await WebSocketHarness
            .Until(
                () =>
                {
                    lock (delivered)
                    {
                        return delivered.Values.All(d => d.Count >= Minutes - 1);
                    }
                },
                TimeSpan.FromSeconds(20),
                "every closed candle"
            )
            .ContinueWith(
                t =>
                {
                    if (t.IsFaulted)
                    {
                        lock (delivered)
                        {
                            Assert.Fail(
                                $"delivered {string.Join(' ', delivered.Values.Select(d => d.Count))}; "
                                    + $"{client.Counters.Reconnects} reconnects, {hits} drops, {duringReplay} during replay"
                            );
                        }
                    }
                },
                TaskScheduler.Default
            );

        // MEXC has no closed flag: the last bar stays open until a later one appears
        foreach (var symbol in symbols)
        {
            List<Candle> got;
            lock (delivered)
            {
                got = [.. delivered[symbol]];
            }
            var expected = source[symbol].Take(Minutes - 1).Select(Ohlcv).ToList();
            var actual = got.Select(Ohlcv).ToList();
            var first = Enumerable
                .Range(0, Math.Min(expected.Count, actual.Count))
                .FirstOrDefault(i => expected[i] != actual[i], -1);
            Assert.True(
                first < 0 && expected.Count == actual.Count,
                $"{symbol} at {first}: expected {(first < 0 ? default : expected[first])}, got {(first < 0 ? default : actual[first])}"
            );
            Assert.All(got, c => Assert.True(c.IsClosed));
            Assert.Equal(Ohlcv(source[symbol][^1]), Ohlcv(market.OpenCandle(symbol, Interval.OneMinute)!));
        }
        output.WriteLine(
            $"replayed {h.Sim.Replay.TotalSteps} steps in {replayed.TotalSeconds:0.0} s, all delivered after "
                + $"{watch.Elapsed.TotalSeconds:0.0} s; {hits} drops ({duringReplay} during the replay), "
                + $"{client.Counters.Reconnects} reconnects; {raceSteps} steps replayed while reconnecting"
        );
        Assert.Equal(50, hits);
        Assert.True(duringReplay >= 25, $"only {duringReplay} of 50 drops came before the replay ended");
        Assert.True(client.Counters.Reconnects >= hits, $"{client.Counters.Reconnects} reconnects for {hits} drops");
        Assert.Equal(0, client.Counters.MalformedFrames);
    }

    private static (Symbol, DateTimeOffset, decimal, decimal, decimal, decimal, decimal) Ohlcv(Candle c) =>
        (c.Symbol, c.OpenTime, c.Open, c.High, c.Low, c.Close, c.Volume);
}
