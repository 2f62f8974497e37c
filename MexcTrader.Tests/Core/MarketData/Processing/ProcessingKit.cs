using System.Collections.Concurrent;
using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.MarketData.Processing;

namespace MexcTrader.Tests.Core.MarketData.Processing;

internal static class ProcessingKit
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 10, 0, 0, TimeSpan.Zero);

    public static Candle Minute(int minute, decimal close, string symbol = "BTCUSDT", bool closed = false) =>
        new(new Symbol(symbol), Interval.OneMinute, Start.AddMinutes(minute), 100m, 200m, 50m, close, 1m + minute, 0m)
        {
            IsClosed = closed,
        };

    /// <summary>Reads one closed candle, failing the test instead of hanging when none comes.</summary>
    public static async Task<Candle> NextAsync(ChannelReader<Candle> reader) =>
        await reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public static async Task<List<Candle>> TakeAsync(ChannelReader<Candle> reader, int count)
    {
        var list = new List<Candle>();
        for (var i = 0; i < count; i++)
        {
            list.Add(await NextAsync(reader));
        }
        return list;
    }
}

internal sealed class RecordingLoader : ICandleBulkLoader
{
    public ConcurrentQueue<Candle> Stored { get; } = new();

    public Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        foreach (var c in candles)
        {
            Stored.Enqueue(c);
        }
        return Task.FromResult(new BulkLoadResult(candles.Count, 0));
    }
}

/// <summary>An exchange that has every minute's candle (close = minute) and records which gaps it was asked for.</summary>
internal sealed class FakeBackfill : IGapBackfill
{
    public ConcurrentQueue<CandleGap> Asked { get; } = new();

    public Task<IReadOnlyList<Candle>> BackfillAsync(CandleGap gap, CancellationToken ct)
    {
        Asked.Enqueue(gap);
        IReadOnlyList<Candle> found =
        [
            .. Enumerable
                .Range(0, (int)gap.Count)
                .Select(i => gap.First.AddMinutes(i))
                .Select(t =>
                    ProcessingKit.Minute(
                        (int)(t - ProcessingKit.Start).TotalMinutes,
                        (t - ProcessingKit.Start).Minutes,
                        gap.Symbol.Value,
                        closed: true
                    )
                ),
        ];
        return Task.FromResult(found);
    }
}
