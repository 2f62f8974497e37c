namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>Local time corrected by the measured offset to MEXC's clock, for request timestamps.</summary>
public sealed class MexcServerClock(TimeProvider time)
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _syncedAt;

    /// <summary>Server time minus local time, measured at the midpoint of the last round trip.</summary>
    public TimeSpan Offset
    {
        get
        {
            lock (_gate)
            {
                return _offset;
            }
        }
    }

    public DateTimeOffset UtcNow => time.GetUtcNow() + Offset;

    public long TimestampMs => UtcNow.ToUnixTimeMilliseconds();

    public bool NeedsSync(TimeSpan maxAge)
    {
        lock (_gate)
        {
            return _syncedAt is null || time.GetUtcNow() - _syncedAt.Value >= maxAge;
        }
    }

    public TimeSpan Record(DateTimeOffset sentAt, DateTimeOffset receivedAt, DateTimeOffset serverTime)
    {
        var midpoint = sentAt + ((receivedAt - sentAt) / 2);
        lock (_gate)
        {
            _offset = serverTime - midpoint;
            _syncedAt = receivedAt;
            return _offset;
        }
    }

    /// <summary>Forces a fresh measurement before the next signed call (after a 700003).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _syncedAt = null;
        }
    }
}
