using System.Collections.Immutable;
using MexcTrader.Core.MarketData.History;

namespace MexcTrader.Web.State;

/// <summary>
/// Latest progress of recent import jobs, with change notifications for live pages. Jobs report here as they run;
/// pages subscribe and re-render. Immutable snapshots, no Fluxor.
/// </summary>
public sealed class ImportJobTracker
{
    private const int Keep = 50;
    private readonly Lock _gate = new();
    private ImmutableList<ImportJobView> _jobs = [];
    private ImmutableList<Func<Task>> _subscribers = [];

    /// <summary>Newest first.</summary>
    public IReadOnlyList<ImportJobView> Recent => _jobs;

    public ImportJobView? Get(string jobId) => _jobs.Find(j => j.JobId == jobId);

    public void Track(ImportJobView job)
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

    public void Report(string jobId, ImportProgress progress)
    {
        lock (_gate)
        {
            var index = _jobs.FindIndex(j => j.JobId == jobId);
            if (index < 0)
            {
                return;
            }
            _jobs = _jobs.SetItem(index, _jobs[index] with { Progress = progress });
        }
        Notify();
    }

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

    private sealed class Subscription(ImportJobTracker owner, Func<Task> onChange) : IDisposable
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
