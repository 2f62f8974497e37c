using Hangfire;
using Hangfire.Server;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Download;
using MexcTrader.Web.State;

namespace MexcTrader.Web.Jobs;

/// <summary>Hangfire job: downloads missing history through <see cref="HistoryDownloader"/>, reporting to <see cref="DownloadJobTracker"/>.</summary>
public sealed class HistoryDownloadJob(
    HistoryDownloader downloader,
    DownloadJobTracker tracker,
    TimeProvider clock,
    ILogger<HistoryDownloadJob> log
)
{
    public const string CancelledMessage = "The download was cancelled; candles fetched so far are kept.";
    public const string UnexpectedMessage = "The download stopped on an unexpected error; see the server log.";

    /// <param name="context">Supplied by Hangfire (enqueue with null); its job id keys the progress.</param>
    /// <param name="ct">Supplied by Hangfire: cancelled when the job is deleted or the server stops.</param>
    // The download is resumable by hand (the store is its state); a silent re-run would hide an exchange refusal.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Download {1} history of {0}")]
    public async Task RunAsync(
        string[] symbols,
        Interval interval,
        DateTimeOffset from,
        DateTimeOffset to,
        PerformContext? context,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var jobId = context?.BackgroundJob.Id ?? throw new ArgumentNullException(nameof(context));
        var request = new DownloadRequest([.. symbols.Select(s => new Symbol(s))], interval, from, to);
        if (tracker.Get(jobId) is null)
        {
            // after a restart (PostgreSQL storage keeps jobs) the tracker no longer knows the job
            tracker.Track(DownloadJobView.Queued(jobId, request, clock.GetUtcNow()));
        }
        tracker.Update(jobId, v => v with { Stage = DownloadStage.Running });
        try
        {
            var summaries = await downloader
                .DownloadAsync(request, new TrackerProgress(tracker, jobId), ct)
                .ConfigureAwait(false);
            var refused = summaries.Where(s => s.Failure is not null).ToList();
            var error =
                refused.Count == 0 ? null : string.Join(" ", refused.Select(s => $"{s.Symbol}: {s.Failure!.Message}"));
            tracker.Update(
                jobId,
                v =>
                    v with
                    {
                        Stage = refused.Count == 0 ? DownloadStage.Completed : DownloadStage.Failed,
                        Summaries = summaries,
                        Error = error,
                    }
            );
            log.LogInformation(
                "Download job {JobId}: {Added} candles added over {Pairs} pairs; {Refused} refused",
                jobId,
                summaries.Sum(s => s.Added),
                summaries.Count,
                refused.Count
            );
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            tracker.Update(jobId, v => v with { Stage = DownloadStage.Failed, Error = CancelledMessage });
            throw;
        }
        catch (Exception)
        {
            tracker.Update(jobId, v => v with { Stage = DownloadStage.Failed, Error = UnexpectedMessage });
            throw;
        }
    }

    /// <summary>Reports synchronously, in order; <see cref="Progress{T}"/> would post to the thread pool and reorder.</summary>
    private sealed class TrackerProgress(DownloadJobTracker tracker, string jobId) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => tracker.Report(jobId, value);
    }
}
