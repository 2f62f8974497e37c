namespace MexcTrader.Core.Indicators;

/// <summary>
/// Volume-weighted average price: Σ(TP·volume)/Σvolume with TP = (high+low+close)/3, cumulative from the first
/// candle, or restarted at each session when a session length is given (sessions aligned to the Unix epoch, so one
/// day means UTC days). Until the running session has traded any volume the value is the latest typical price.
/// </summary>
public sealed class Vwap
{
    private readonly long _sessionMs;
    private double _priceVolume;
    private double _volume;
    private long _session = long.MinValue;

    public Vwap()
        : this(null) { }

    public Vwap(TimeSpan? session)
    {
        if (session is { } length && length <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(session), length, $"session must be positive (was {length}).");
        }
        Session = session;
        _sessionMs = session is { } s ? (long)s.TotalMilliseconds : 0;
    }

    public TimeSpan? Session { get; }
    public int Lookback { get; }
    public bool IsReady { get; private set; }
    public double Value { get; private set; } = double.NaN;

    /// <summary>Adds one candle, starting a new session first if its open time falls in a later one.</summary>
    public double Update(long openTimeMs, double high, double low, double close, double volume)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Guard.Volume(volume, nameof(volume));
        if (_sessionMs > 0)
        {
            var session = Math.DivRem(openTimeMs, _sessionMs, out var remainder) - (remainder < 0 ? 1 : 0);
            if (session != _session)
            {
                _session = session;
                _priceVolume = 0;
                _volume = 0;
            }
        }
        return Add(high, low, close, volume);
    }

    /// <summary>Adds one candle to the running (never restarted) VWAP.</summary>
    public double Update(double high, double low, double close, double volume)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Guard.Volume(volume, nameof(volume));
        return Add(high, low, close, volume);
    }

    private double Add(double high, double low, double close, double volume)
    {
        var typical = (high + low + close) / 3.0;
        _priceVolume += typical * volume;
        _volume += volume;
        IsReady = true;
        Value = _volume > 0 ? _priceVolume / _volume : typical;
        return Value;
    }

    public static void Batch(
        ReadOnlySpan<long> openTimeMs,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        ReadOnlySpan<double> volume,
        Span<double> output,
        TimeSpan? session = null
    )
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Guard.Volumes(volume, nameof(volume));
        Guard.SameLength(openTimeMs.Length, high.Length, nameof(high));
        Guard.SameLength(openTimeMs.Length, low.Length, nameof(low));
        Guard.SameLength(openTimeMs.Length, close.Length, nameof(close));
        Guard.SameLength(openTimeMs.Length, volume.Length, nameof(volume));
        Guard.SameLength(openTimeMs.Length, output.Length, nameof(output));
        var vwap = new Vwap(session);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = vwap.Update(openTimeMs[i], high[i], low[i], close[i], volume[i]);
        }
    }
}
