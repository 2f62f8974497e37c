using Hangfire;
using Hangfire.States;
using MexcTrader.Core.MarketData.History.Download;
using MexcTrader.Web.State;

namespace MexcTrader.Web.Jobs;

/// <summary>Queues a <see cref="HistoryDownloadJob"/> and tracks it as Queued before a worker can report on it.</summary>
public sealed class DownloadJobLauncher(IBackgroundJobClient jobs, DownloadJobTracker tracker, TimeProvider clock)
{
    /// <returns>The Hangfire job id; progress appears in <see cref="DownloadJobTracker"/> under it.</returns>
    public string Enqueue(DownloadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string[] symbols = [.. request.Symbols.Select(s => s.Value)];
        // Created as scheduled (not runnable) so the Queued view is tracked before a worker can report progress.
        var jobId = jobs.Create<HistoryDownloadJob>(
            j => j.RunAsync(symbols, request.Interval, request.From, request.To, null, CancellationToken.None),
            new ScheduledState(TimeSpan.FromDays(1))
        );
        tracker.Track(DownloadJobView.Queued(jobId, request, clock.GetUtcNow()));
        jobs.ChangeState(jobId, new EnqueuedState(), ScheduledState.StateName);
        return jobId;
    }
}
