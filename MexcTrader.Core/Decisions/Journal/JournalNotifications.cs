namespace MexcTrader.Core.Decisions.Journal;

/// <summary>Tells live views that a cycle was recorded, so the timeline updates without a reload.</summary>
public sealed class JournalNotifications
{
    private readonly Lock _gate = new();
    private readonly List<Func<long, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<long, Task> onRecorded)
    {
        lock (_gate)
        {
            _subscribers.Add(onRecorded);
        }
        return new Subscription(this, onRecorded);
    }

    public async Task PublishAsync(long cycleId)
    {
        Func<long, Task>[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }
        foreach (var subscriber in subscribers)
        {
            await subscriber(cycleId).ConfigureAwait(false);
        }
    }

    private void Remove(Func<long, Task> subscriber)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscriber);
        }
    }

    private sealed class Subscription(JournalNotifications owner, Func<long, Task> subscriber) : IDisposable
    {
        public void Dispose() => owner.Remove(subscriber);
    }
}
