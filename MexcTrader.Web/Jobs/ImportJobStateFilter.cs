using Hangfire.States;
using Hangfire.Storage;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Web.State;

namespace MexcTrader.Web.Jobs;

/// <summary>
/// Ends the tracked view of an import job that Hangfire failed or deleted without the job reporting it (it could not
/// be activated, or it was cancelled before it started), and deletes its upload; otherwise the page would say Queued.
/// </summary>
public sealed class ImportJobStateFilter(ImportJobTracker tracker, ILogger<ImportJobStateFilter> log)
    : IApplyStateFilter
{
    public const string CancelledBeforeStartMessage = "The import was cancelled before it started; nothing was stored.";

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.BackgroundJob;
        if (job.Job?.Type != typeof(CandleImportJob) || tracker.Get(job.Id) is not { } view)
        {
            return;
        }
        var message = context.NewState switch
        {
            FailedState failed => $"The import could not run: {failed.Exception?.Message}",
            // a running job sees its token cancelled and reports that itself
            DeletedState when context.OldStateName != ProcessingState.StateName => CancelledBeforeStartMessage,
            _ => null,
        };
        if (message is null || view.Progress.Stage is ImportStage.Completed or ImportStage.Failed)
        {
            return;
        }
        tracker.Report(job.Id, view.Progress with { Stage = ImportStage.Failed, Error = message });
        if (job.Job.Args.Count > 0 && job.Job.Args[0] is string path)
        {
            TryDelete(path);
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction) { }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException ex)
        {
            log.LogWarning(ex, "Could not delete uploaded file {Path}", path);
        }
    }
}
