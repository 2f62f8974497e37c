using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Download;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.Integration.History;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.MarketData;

public sealed class DownloadResumeTests
{
    [SkippableFact]
    public async Task DownloadAsync_InterruptedThenRunAgain_CompletesTheRangeExactly()
    {
        await using var db = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var source = HistoryKit.SolHours(GapFiller.ChunkCandles + 1_000);
        await using var sim = await HistoryKit.StartSimulatorAsync(source);
        using var services = HistoryKit.MexcClient(sim.BaseUrl, out var client);
        using var interrupt = new CancellationTokenSource();
        var detector = new GapDetector(db.ContextFactory);
        var loader = CandleBulkLoaders.For(db.Connection);
        var request = new DownloadRequest(
            [HistoryKit.Sol],
            Interval.OneHour,
            source[0].OpenTime,
            source[^1].OpenTime.AddHours(1)
        );
        var interrupted = new HistoryDownloader(
            detector,
            new GapFiller(new CancelAfterFirstCall(new MexcKlineSource(client), interrupt), loader, detector),
            TimeProvider.System
        );
        var sut = new HistoryDownloader(
            detector,
            new GapFiller(new MexcKlineSource(client), loader, detector),
            TimeProvider.System
        );

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            interrupted.DownloadAsync(request, null, interrupt.Token)
        );
        var kept = await new CandleReader(db.ContextFactory).CountAsync(HistoryKit.Sol, Interval.OneHour, default);
        var resumed = Assert.Single(await sut.DownloadAsync(request, null, default));
        var again = Assert.Single(await sut.DownloadAsync(request, null, default));

        Assert.InRange(kept, 1, source.Count - 1);
        Assert.Equal(source.Count - kept, resumed.Added);
        Assert.Equal(kept, resumed.AlreadyPresent);
        Assert.Equal(0, again.Added);
        Assert.Equal(source.Count, again.AlreadyPresent);
        var range = new CandleRange(HistoryKit.Sol, Interval.OneHour, request.From, request.To);
        Assert.Equal(source, await new CandleReader(db.ContextFactory).ReadAsync(range, 10_000, default));
    }

    [SkippableFact]
    public async Task DownloadAsync_RangeReachingPastNow_StopsAtTheRunningCandleWithNoGapsLeft()
    {
        await using var db = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var source = HistoryKit.SolHours(300);
        await using var sim = await HistoryKit.StartSimulatorAsync(source);
        using var services = HistoryKit.MexcClient(sim.BaseUrl, out var client);
        var detector = new GapDetector(db.ContextFactory);
        // "now" is half-way through the 201st hour: 200 hours have ended
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(source[200].OpenTime.AddMinutes(30));
        var sut = new HistoryDownloader(
            detector,
            new GapFiller(new MexcKlineSource(client), CandleBulkLoaders.For(db.Connection), detector),
            clock
        );
        var request = new DownloadRequest(
            [HistoryKit.Sol],
            Interval.OneHour,
            source[0].OpenTime,
            source[0].OpenTime.AddYears(1)
        );

        var summary = Assert.Single(await sut.DownloadAsync(request, null, default));

        Assert.Equal(200, summary.Added);
        Assert.Empty(summary.GapsLeft);
        Assert.Equal(
            200,
            await new CandleReader(db.ContextFactory).CountAsync(HistoryKit.Sol, Interval.OneHour, default)
        );
    }

    // Lets the first chunk through, then cancels: as if the process were stopped between two chunks.
    private sealed class CancelAfterFirstCall(IKlineSource inner, CancellationTokenSource interrupt) : IKlineSource
    {
        private int _calls;

        public async Task<Result<IReadOnlyList<Candle>>> GetKlinesAsync(
            Symbol symbol,
            Interval interval,
            DateTimeOffset first,
            DateTimeOffset last,
            CancellationToken ct
        )
        {
            if (Interlocked.Increment(ref _calls) > 1)
            {
                await interrupt.CancelAsync();
                ct.ThrowIfCancellationRequested();
            }
            return await inner.GetKlinesAsync(symbol, interval, first, last, ct);
        }
    }
}
