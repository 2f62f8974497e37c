using System.Collections.Immutable;
using MexcTrader.Core.MarketData.History.Download;

namespace MexcTrader.Web.State;

/// <summary>Latest state of recent history-download jobs, with change notifications (as <see cref="ImportJobTracker"/>).</summary>
public sealed class DownloadJobTracker
{
    private const int Keep = 50;
    private readonly Lock _gate = new();
    private ImmutableList<DownloadJobView> _jobs = [];
    private ImmutableList<Func<Task>> _subscribers = [];

    /// <summary>Newest first.</summary>
    public IReadOnlyList<DownloadJobView> Recent => _jobs;

    public DownloadJobView? Get(string jobId) => _jobs.Find(j => j.JobId == jobId);

    public void Track(DownloadJobView job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            _jobs = _jobs.RemoveAll(j => j.JobId == job.JobId).Insert(0, job);
            if (_jobs.Count > Keep)
            {
                _jobs = _jobs.RemoveRange(Keep, _jobs.Count - Keep);
            }
        }
        Notify();
    }

    /// <summary>Applies <paramref name="change"/> to the job's latest view (nothing when the job is unknown).</summary>
    public void Update(string jobId, Func<DownloadJobView, DownloadJobView> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var index = _jobs.FindIndex(j => j.JobId == jobId);
            if (index < 0)
            {
                return;
            }
            _jobs = _jobs.SetItem(index, change(_jobs[index]));
        }
        Notify();
    }

    public void Report(string jobId, DownloadProgress progress) =>
        Update(
            jobId,
            view =>
                view with
                {
                    Stage = DownloadStage.Running,
                    Progress = new Dictionary<Core.Domain.Symbol, DownloadProgress>(view.Progress)
                    {
                        [progress.Symbol] = progress,
                    },
                }
        );

    public IDisposable Subscribe(Func<Task> onChange)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Add(onChange);
        }
        return new Subscription(this, onChange);
    }

    private void Notify()
    {
        foreach (var subscriber in _subscribers)
        {
            // fire and forget: a slow page must not hold up the job that reports
            _ = subscriber();
        }
    }

    private sealed class Subscription(DownloadJobTracker owner, Func<Task> onChange) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._subscribers = owner._subscribers.Remove(onChange);
            }
        }
    }
}
