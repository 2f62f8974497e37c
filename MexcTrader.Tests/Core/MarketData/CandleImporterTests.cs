using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.MarketData;

public sealed class CandleImporterTests : IDisposable
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private readonly CandleTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Import_ReadsThenStoresInChunks_AndReportsThrottledProgress()
    {
        var loader = new RecordingLoader();
        var time = new ManualTime();
        var importer = new CandleImporter(loader, time) { ChunkRows = 40_000 };
        var reports = new List<ImportProgress>();
        var request = new CandleImportRequest(
            SharedData.File("data/binance-spot/BTCUSDT-1m.csv.gz"),
            Btc,
            Interval.OneMinute
        );

        var result = await importer.ImportAsync(request, new Sync(reports.Add), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Equal(new ImportSummary(130_707, 130_707, 0, TimeSpan.Zero), result.Value);
        Assert.Equal([40_000, 40_000, 40_000, 10_707], loader.Chunks);
        Assert.Equal(ImportStage.Reading, reports[0].Stage);
        Assert.Equal(ImportStage.Completed, reports[^1].Stage);
        Assert.Equal((130_707L, 130_707L, 0L), (reports[^1].RowsRead, reports[^1].RowsAdded, reports[^1].RowsPresent));
        // The clock stands still, so only the row count (every 50,000) and stage changes let a report through.
        var reading = reports.Where(r => r.Stage == ImportStage.Reading).Select(r => r.RowsRead).ToList();
        Assert.Equal(3, reading.Count);
        Assert.Equal(reading.Order(), reading);
        var storing = reports.Where(r => r.Stage == ImportStage.Storing).ToList();
        Assert.Equal([0L, 80_000L, 130_707L], storing.Select(r => r.RowsAdded));
        Assert.All(storing, r => Assert.Equal(130_707, r.RowsTotal));
    }

    [Fact]
    public async Task Import_ReportsByTime_WhenRowsComeSlowly()
    {
        var loader = new RecordingLoader();
        var time = new ManualTime();
        var importer = new CandleImporter(loader, time) { ChunkRows = 2 };
        loader.OnLoad = () => time.Advance(TimeSpan.FromMilliseconds(300));
        var reports = new List<ImportProgress>();

        var result = await importer.ImportAsync(
            new CandleImportRequest(CandleTestFiles.Path(CandleTestFiles.Ohlcv), Btc, Interval.OneHour),
            new Sync(reports.Add),
            CancellationToken.None
        );

        Assert.True(result.IsSuccess);
        Assert.Equal(TimeSpan.FromMilliseconds(1200), result.Value.Elapsed);
        var storing = reports.Where(r => r.Stage == ImportStage.Storing).Select(r => r.RowsAdded).ToList();
        Assert.Equal([0L, 2L, 4L, 6L, 8L], storing);
    }

    [Fact]
    public async Task RejectedFile_NeverReachesTheLoader_AndReportsFailed()
    {
        var loader = new RecordingLoader();
        var importer = new CandleImporter(loader, TimeProvider.System);
        var reports = new List<ImportProgress>();
        var path = _files.WithField(CandleTestFiles.Ohlcv, 9, 5, "-1");

        var result = await importer.ImportAsync(
            new CandleImportRequest(path, Btc, Interval.OneHour),
            new Sync(reports.Add),
            CancellationToken.None
        );

        Assert.False(result.IsSuccess);
        Assert.Equal(ImportFailures.InvalidCandle, result.Failure.Code);
        Assert.Empty(loader.Chunks);
        Assert.Equal(ImportStage.Failed, reports[^1].Stage);
        Assert.Equal("line 9: negative volume -1", reports[^1].Error);
    }

    [Fact]
    public async Task Cancellation_IsHonoured()
    {
        var loader = new RecordingLoader();
        var importer = new CandleImporter(loader, TimeProvider.System);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            importer.ImportAsync(
                new CandleImportRequest(CandleTestFiles.Path(CandleTestFiles.Ohlcv), Btc, Interval.OneHour),
                null,
                cancel.Token
            )
        );
        Assert.Empty(loader.Chunks);
    }

    private sealed class Sync(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private sealed class RecordingLoader : ICandleBulkLoader
    {
        public List<int> Chunks { get; } = [];

        public Action? OnLoad { get; set; }

        public Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
        {
            Chunks.Add(candles.Count);
            OnLoad?.Invoke();
            return Task.FromResult(new BulkLoadResult(candles.Count, 0, "test"));
        }
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
