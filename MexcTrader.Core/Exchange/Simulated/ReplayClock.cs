namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>A clock that shows the replayed market's time; the replay moves it forward, never back.</summary>
public sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void AdvanceTo(DateTimeOffset time)
    {
        var target = time.UtcTicks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _ticks);
            if (target <= seen)
            {
                return;
            }
        } while (Interlocked.CompareExchange(ref _ticks, target, seen) != seen);
    }
}
