using System.Net;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>Shared memory of MEXC's last 429/418: until when calls must wait, and whether it is a ban.</summary>
public sealed class MexcRateLimitGate(TimeProvider time)
{
    // Without Retry-After, assume the shortest documented ban (2 minutes) and a short pause for 429.
    private static readonly TimeSpan DefaultBan = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan DefaultBackOff = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private DateTimeOffset _until;
    private bool _isBan;

    /// <summary>The block in force now, if any.</summary>
    public MexcBlock? Current
    {
        get
        {
            lock (_gate)
            {
                var remaining = _until - time.GetUtcNow();
                return remaining > TimeSpan.Zero ? new MexcBlock(remaining, _isBan) : null;
            }
        }
    }

    public void Record(HttpStatusCode status, TimeSpan? retryAfter)
    {
        var isBan = status == (HttpStatusCode)418;
        var until = time.GetUtcNow() + (retryAfter ?? (isBan ? DefaultBan : DefaultBackOff));
        lock (_gate)
        {
            if (_until <= time.GetUtcNow())
            {
                _isBan = false;
            }
            // A later 429 must never shorten a ban in force.
            if (until > _until)
            {
                _until = until;
            }
            _isBan |= isBan;
        }
    }
}

/// <summary>How long calls must still wait, and whether MEXC banned the IP (418) or only throttled it (429).</summary>
public sealed record MexcBlock(TimeSpan Remaining, bool IsBan);
