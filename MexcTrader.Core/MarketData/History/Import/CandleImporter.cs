using System.Data.Common;
using System.Threading.Channels;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// Reads and validates the whole file first (stage Reading), then stores it in chunks through the bulk loader (stage
/// Storing), then reports Completed or Failed. A rejected file writes nothing. Each chunk is its own transaction, so
/// cancelling while storing keeps the chunks already committed: running the import again completes it (idempotent).
/// A loader that can store while reading (<see cref="ICandleStreamLoader"/>, PostgreSQL) gets the rows batch by batch
/// as they are parsed and commits only after the last row was validated; if it finds candles already stored, the
/// file goes through the chunked path above.
/// Progress is reported at most every <see cref="ProgressRows"/> rows or <see cref="ProgressPeriod"/>, whichever
/// comes first, and always on a stage change.
/// </summary>
public sealed class CandleImporter(ICandleBulkLoader loader, TimeProvider time) : ICandleImporter
{
    public const int ProgressRows = 50_000;
    public const int DefaultChunkRows = 50_000;

    /// <summary>Parsed batches (of <see cref="CandleFileReader.ProgressInterval"/> rows) the reader may run ahead of the store.</summary>
    public const int StreamBatchesAhead = 16;
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
            if (loader is ICandleStreamLoader streaming)
            {
                return await ImportWhileReadingAsync(request, streaming, reporter, ct).ConfigureAwait(false);
            }
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
            return await StoreAsync(read.Value.Candles, reporter, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            reporter.Report(ImportStage.Failed, reporter.LastRows, null, 0, 0, force: true, error: "cancelled");
            throw;
        }
    }

    private async Task<Result<ImportSummary>> ImportWhileReadingAsync(
        CandleImportRequest request,
        ICandleStreamLoader streaming,
        Reporter reporter,
        CancellationToken ct
    )
    {
        // bounded: a fast reader waits for the COPY instead of holding the whole file twice
        var batches = Channel.CreateBounded<Candle[]>(
            new BoundedChannelOptions(StreamBatchesAhead)
            {
                SingleWriter = true,
                FullMode = BoundedChannelFullMode.Wait,
            }
        );
        // cancelled as well when the store fails, so the reader never waits on a channel nobody drains
        using var readCancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var readToken = readCancel.Token;
        var reading = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var read = CandleFileReader.Read(
                        request.FilePath,
                        request.Symbol,
                        request.Interval,
                        rows => reporter.Report(ImportStage.Reading, rows, null, 0, 0),
                        batch => batches.Writer.WriteAsync(batch, readToken).AsTask().GetAwaiter().GetResult(),
                        readToken
                    );
                    batches.Writer.TryComplete(read.IsSuccess ? null : new InvalidDataException(read.Failure.Message));
                    return read;
                }
                catch (Exception e)
                {
                    batches.Writer.TryComplete(e);
                    throw;
                }
            },
            CancellationToken.None, // the delegate must run to complete the channel, even when cancelled already
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default
        );
        var valid = reading.ContinueWith(
            t => t.IsCompletedSuccessfully && t.Result.IsSuccess,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default
        );
        BulkLoadResult? stored;
        try
        {
            try
            {
                stored = await streaming.LoadStreamAsync(batches.Reader, valid, ct).ConfigureAwait(false);
            }
            catch
            {
                await readCancel.CancelAsync().ConfigureAwait(false);
                await valid.ConfigureAwait(false);
                throw;
            }
        }
        catch (DbException e)
        {
            return StorageFailed(reporter, e, reporter.LastRows, 0, 0);
        }
        var file = await reading.ConfigureAwait(false); // a cancelled or crashed read throws here
        if (!file.IsSuccess)
        {
            reporter.Report(ImportStage.Failed, 0, null, 0, 0, force: true, error: file.Failure.Message);
            return Result.Fail<ImportSummary>(file.Failure);
        }
        if (stored is null)
        {
            return await StoreAsync(file.Value.Candles, reporter, ct).ConfigureAwait(false); // some already stored
        }
        var total = file.Value.Candles.Count;
        reporter.Report(ImportStage.Storing, total, total, stored.Added, stored.Present, force: true);
        var elapsed = reporter.Elapsed;
        reporter.Report(ImportStage.Completed, total, total, stored.Added, stored.Present, force: true);
        return Result.Ok(new ImportSummary(total, stored.Added, stored.Present, elapsed));
    }

    private static Result<ImportSummary> StorageFailed(
        Reporter reporter,
        DbException e,
        long total,
        long added,
        long present
    )
    {
        var failure = new Failure(
            ImportFailures.StorageFailed,
            $"the database refused the candles after {added + present} of {total} rows: {e.Message}",
            IsTransient: e.IsTransient
        );
        reporter.Report(ImportStage.Failed, total, total, added, present, force: true, error: failure.Message);
        return Result.Fail<ImportSummary>(failure);
    }

    private async Task<Result<ImportSummary>> StoreAsync(
        IReadOnlyList<Candle> candles,
        Reporter reporter,
        CancellationToken ct
    )
    {
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
                return StorageFailed(reporter, e, total, added, present);
            }
            added += stored.Added;
            present += stored.Present;
            reporter.Report(ImportStage.Storing, total, total, added, present);
        }
        var elapsed = reporter.Elapsed;
        reporter.Report(ImportStage.Completed, total, total, added, present, force: true);
        return Result.Ok(new ImportSummary(total, added, present, elapsed));
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
