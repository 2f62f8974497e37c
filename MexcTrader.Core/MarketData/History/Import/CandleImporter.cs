using System.Data.Common;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// Reads and validates the whole file first (stage Reading), then stores it in chunks through the bulk loader (stage
/// Storing), then reports Completed or Failed. A rejected file writes nothing. Each chunk is its own transaction, so
/// cancelling while storing keeps the chunks already committed: running the import again completes it (idempotent).
/// Progress is reported at most every <see cref="ProgressRows"/> rows or <see cref="ProgressPeriod"/>, whichever
/// comes first, and always on a stage change.
/// </summary>
public sealed class CandleImporter(ICandleBulkLoader loader, TimeProvider time) : ICandleImporter
{
    public const int ProgressRows = 50_000;
    public const int DefaultChunkRows = 50_000;
    public static readonly TimeSpan ProgressPeriod = TimeSpan.FromMilliseconds(250);

    /// <summary>Rows per bulk-load call (and per transaction).</summary>
    public int ChunkRows { get; init; } = DefaultChunkRows;

    public async Task<Result<ImportSummary>> ImportAsync(
        CandleImportRequest request,
        IProgress<ImportProgress>? progress,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        var reporter = new Reporter(progress, time);
        reporter.Report(ImportStage.Reading, 0, null, 0, 0, force: true);
        try
        {
            var read = await Task.Run(
                    () =>
                        CandleFileReader.Read(
                            request.FilePath,
                            request.Symbol,
                            request.Interval,
                            rows => reporter.Report(ImportStage.Reading, rows, null, 0, 0),
                            ct
                        ),
                    ct
                )
                .ConfigureAwait(false);
            if (!read.IsSuccess)
            {
                reporter.Report(ImportStage.Failed, 0, null, 0, 0, force: true, error: read.Failure.Message);
                return Result.Fail<ImportSummary>(read.Failure);
            }
            var candles = read.Value.Candles;
            long total = candles.Count,
                added = 0,
                present = 0;
            reporter.Report(ImportStage.Storing, total, total, 0, 0, force: true);
            for (var offset = 0; offset < candles.Count; offset += ChunkRows)
            {
                var chunk = Slice(candles, offset, Math.Min(ChunkRows, candles.Count - offset));
                BulkLoadResult stored;
                try
                {
                    stored = await loader.LoadAsync(chunk, ct).ConfigureAwait(false);
                }
                catch (DbException e)
                {
                    var failure = new Failure(
                        ImportFailures.StorageFailed,
                        $"the database refused the candles after {added + present} of {total} rows: {e.Message}",
                        IsTransient: e.IsTransient
                    );
                    reporter.Report(
                        ImportStage.Failed,
                        total,
                        total,
                        added,
                        present,
                        force: true,
                        error: failure.Message
                    );
                    return Result.Fail<ImportSummary>(failure);
                }
                added += stored.Added;
                present += stored.Present;
                reporter.Report(ImportStage.Storing, total, total, added, present);
            }
            var elapsed = reporter.Elapsed;
            reporter.Report(ImportStage.Completed, total, total, added, present, force: true);
            return Result.Ok(new ImportSummary(total, added, present, elapsed));
        }
        catch (OperationCanceledException)
        {
            reporter.Report(ImportStage.Failed, reporter.LastRows, null, 0, 0, force: true, error: "cancelled");
            throw;
        }
    }

    private static IReadOnlyList<Candle> Slice(IReadOnlyList<Candle> candles, int offset, int count) =>
        offset == 0 && count == candles.Count ? candles
        : candles is List<Candle> list ? list.GetRange(offset, count)
        : [.. candles.Skip(offset).Take(count)];

    /// <summary>Throttles progress: every <see cref="ProgressRows"/> rows or <see cref="ProgressPeriod"/>.</summary>
    private sealed class Reporter(IProgress<ImportProgress>? progress, TimeProvider time)
    {
        private readonly long _started = time.GetTimestamp();
        private long _lastAt = long.MinValue;
        private long _lastRows = -ProgressRows;
        private ImportStage _lastStage = ImportStage.Queued;

        public TimeSpan Elapsed => time.GetElapsedTime(_started);

        public long LastRows { get; private set; }

        public void Report(
            ImportStage stage,
            long rowsRead,
            long? total,
            long added,
            long present,
            bool force = false,
            string? error = null
        )
        {
            LastRows = rowsRead;
            if (progress is null)
            {
                return;
            }
            var now = time.GetTimestamp();
            var rows = stage == ImportStage.Storing ? added + present : rowsRead;
            var due =
                force
                || stage != _lastStage
                || rows - _lastRows >= ProgressRows
                || time.GetElapsedTime(_lastAt == long.MinValue ? _started : _lastAt, now) >= ProgressPeriod;
            if (!due)
            {
                return;
            }
            (_lastAt, _lastRows, _lastStage) = (now, rows, stage);
            progress.Report(
                new ImportProgress(stage, rowsRead, total, added, present, time.GetElapsedTime(_started, now), error)
            );
        }
    }
}
