using System.Threading.Channels;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>Fans account events out to every subscriber (one unbounded channel each, so the engine never waits).</summary>
internal sealed class EventHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<ExchangeEvent>> _subscribers = [];

    public ExchangeEventSubscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<ExchangeEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }
        return new ExchangeEventSubscription(channel.Reader, () => Remove(channel));
    }

    public void Publish(ExchangeEvent change)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(change);
            }
        }
    }

    private void Remove(Channel<ExchangeEvent> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }
        channel.Writer.TryComplete();
    }
}

/// <summary>A live feed of account events; dispose it to stop receiving.</summary>
public sealed class ExchangeEventSubscription(ChannelReader<ExchangeEvent> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<ExchangeEvent> Reader { get; } = reader;

    public void Dispose() => unsubscribe();
}
