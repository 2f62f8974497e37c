namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>Health figures of a WebSocket client, safe to read from any thread.</summary>
public sealed class MexcStreamCounters
{
    private long _frames;
    private long _malformed;
    private long _reconnects;
    private long _rollovers;
    private long _rejected;

    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>Frames that could not be decoded; each was logged and skipped.</summary>
    public long MalformedFrames => Interlocked.Read(ref _malformed);

    public long Reconnects => Interlocked.Read(ref _reconnects);

    public long Rollovers => Interlocked.Read(ref _rollovers);

    /// <summary>Subscription requests whose acknowledgement did not name the requested channels.</summary>
    public long RejectedSubscriptions => Interlocked.Read(ref _rejected);

    internal void Frame() => Interlocked.Increment(ref _frames);

    internal void Malformed() => Interlocked.Increment(ref _malformed);

    internal void Reconnect() => Interlocked.Increment(ref _reconnects);

    internal void Rollover() => Interlocked.Increment(ref _rollovers);

    internal void Rejected() => Interlocked.Increment(ref _rejected);
}
