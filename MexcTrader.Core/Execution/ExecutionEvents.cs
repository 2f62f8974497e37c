using System.Threading.Channels;

namespace MexcTrader.Core.Execution;

/// <summary>Fans execution events out to subscribers (one unbounded channel each: execution never waits on a reader).</summary>
public sealed class ExecutionEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<ExecutionEvent>> _subscribers = [];

    public ChannelReader<ExecutionEvent> Subscribe()
    {
        var channel = Channel.CreateUnbounded<ExecutionEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<ExecutionEvent> reader)
    {
        lock (_gate)
        {
            var channel = _subscribers.Find(c => c.Reader == reader);
            if (channel is not null)
            {
                _subscribers.Remove(channel);
                channel.Writer.TryComplete();
            }
        }
    }

    public void Publish(ExecutionEvent change)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(change);
            }
        }
    }
}
