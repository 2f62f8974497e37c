using Hangfire;
using Hangfire.Server;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Web.State;

namespace MexcTrader.Web.Jobs;

/// <summary>Hangfire job: imports one uploaded candle file and reports its progress to <see cref="ImportJobTracker"/>.</summary>
public sealed class CandleImportJob(
    ICandleImporter importer,
    ImportJobTracker tracker,
    TimeProvider clock,
    ILogger<CandleImportJob> log
)
{
    public const string CancelledMessage = "The import was cancelled; nothing was stored.";
    public const string UnexpectedMessage = "The import stopped on an unexpected error; see the server log.";

    /// <param name="context">Supplied by Hangfire (enqueue with null); its job id keys the progress.</param>
    /// <param name="ct">Supplied by Hangfire: cancelled when the job is deleted or the server stops.</param>
    // A re-run would repeat a failure on the same file, and the file is deleted after the first run.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Import {1} {2} candles")]
    public async Task RunAsync(
        string filePath,
        string symbol,
        Interval interval,
        PerformContext? context,
        CancellationToken ct
    )
    {
        var jobId = context?.BackgroundJob.Id ?? throw new ArgumentNullException(nameof(context));
        var started = clock.GetTimestamp();
        var request = new CandleImportRequest(filePath, new Symbol(symbol), interval);
        EnsureTracked(jobId, request);
        try
        {
            var result = await importer
                .ImportAsync(request, new TrackerProgress(tracker, jobId), ct)
                .ConfigureAwait(false);
            if (result.IsSuccess)
            {
                var s = result.Value;
                tracker.Report(
                    jobId,
                    new ImportProgress(
                        ImportStage.Completed,
                        s.RowsRead,
                        s.RowsRead,
                        s.RowsAdded,
                        s.RowsPresent,
                        s.Elapsed
                    )
                );
                log.LogInformation(
                    "Import job {JobId} stored {Added} new {Symbol} {Interval} candles ({Present} already present)",
                    jobId,
                    s.RowsAdded,
                    symbol,
                    interval,
                    s.RowsPresent
                );
            }
            else
            {
                // a malformed file is an expected outcome for the user to read, not a job failure to retry
                Fail(jobId, started, result.Failure.Message);
                log.LogWarning("Import job {JobId} rejected its file: {Failure}", jobId, result.Failure);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Fail(jobId, started, CancelledMessage);
            throw;
        }
        catch (Exception)
        {
            Fail(jobId, started, UnexpectedMessage);
            throw;
        }
        finally
        {
            DeleteUpload(filePath);
        }
    }

    private void EnsureTracked(string jobId, CandleImportRequest request)
    {
        // After a restart (PostgreSQL storage keeps jobs) the tracker no longer knows the job.
        if (tracker.Get(jobId) is null)
        {
            tracker.Track(
                new ImportJobView(
                    jobId,
                    UploadFiles.OriginalName(request.FilePath),
                    request.Symbol,
                    request.Interval,
                    clock.GetUtcNow(),
                    new ImportProgress(ImportStage.Queued, 0, null, 0, 0, TimeSpan.Zero)
                )
            );
        }
    }

    private void Fail(string jobId, long started, string message)
    {
        var last = tracker.Get(jobId)?.Progress;
        tracker.Report(
            jobId,
            new ImportProgress(
                ImportStage.Failed,
                last?.RowsRead ?? 0,
                last?.RowsTotal,
                RowsAdded: 0,
                RowsPresent: 0,
                clock.GetElapsedTime(started),
                message
            )
        );
    }

    private void DeleteUpload(string filePath)
    {
        try
        {
            File.Delete(filePath);
        }
        catch (IOException ex)
        {
            log.LogWarning(ex, "Could not delete uploaded file {Path}", filePath);
        }
    }

    /// <summary>Reports synchronously, in order; <see cref="Progress{T}"/> would post to the thread pool and reorder.</summary>
    private sealed class TrackerProgress(ImportJobTracker tracker, string jobId) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => tracker.Report(jobId, value);
    }
}
