namespace MexcTrader.Core.MarketData.Processing;

/// <summary>Running totals of the stage over all pairs, for health views and tests.</summary>
public sealed class CandleProcessorCounters
{
    private long _published;
    private long _backfilled;
    private long _gaps;
    private long _ignored;
    private long _rejected;
    private long _dropped;

    /// <summary>Closed candles handed to consumers, back-filled ones included.</summary>
    public long Published => Interlocked.Read(ref _published);

    public long Backfilled => Interlocked.Read(ref _backfilled);

    /// <summary>Gaps between consecutive closed candles that triggered a back-fill.</summary>
    public long Gaps => Interlocked.Read(ref _gaps);

    /// <summary>Updates of candles already closed (repeats, late arrivals).</summary>
    public long Ignored => Interlocked.Read(ref _ignored);

    /// <summary>Updates whose open time is off the interval's grid.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Updates dropped because a pair's inbox was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void AddPublished() => Interlocked.Increment(ref _published);

    internal void AddBackfilled() => Interlocked.Increment(ref _backfilled);

    internal void AddGap() => Interlocked.Increment(ref _gaps);

    internal void AddIgnored() => Interlocked.Increment(ref _ignored);

    internal void AddRejected() => Interlocked.Increment(ref _rejected);

    internal void AddDropped() => Interlocked.Increment(ref _dropped);
}
