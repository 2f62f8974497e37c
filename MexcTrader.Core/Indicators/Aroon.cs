namespace MexcTrader.Core.Indicators;

/// <summary>
/// Aroon as TA-Lib: over the last n+1 rows, up = (100/n)·(n − bars since the highest high), down likewise with the
/// lowest low; ties go to the most recent extreme. Lookback n.
/// </summary>
public sealed class Aroon
{
    private readonly RollingExtreme _highest;
    private readonly RollingExtreme _lowest;
    private readonly double _factor;
    private int _rows;

    public Aroon(int period = 14)
    {
        Period = Guard.Period(period, nameof(period));
        _highest = new RollingExtreme(period + 1, max: true);
        _lowest = new RollingExtreme(period + 1, max: false);
        _factor = 100.0 / period;
    }

    public int Period { get; }
    public int Lookback => Period;
    public bool IsReady => _rows > Period;
    public double Up { get; private set; } = double.NaN;
    public double Down { get; private set; } = double.NaN;

    /// <summary>Adds one candle; returns true once Aroon up/down have values.</summary>
    public bool Update(double high, double low)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        _highest.Add(high);
        _lowest.Add(low);
        if (_rows <= Period && ++_rows <= Period)
        {
            return false;
        }
        Up = _factor * (Period - _highest.Age);
        Down = _factor * (Period - _lowest.Age);
        return true;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        Span<double> down,
        Span<double> up,
        int period = 14
    )
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, down.Length, nameof(down));
        Guard.SameLength(high.Length, up.Length, nameof(up));
        var aroon = new Aroon(period);
        for (var i = 0; i < high.Length; i++)
        {
            aroon.Update(high[i], low[i]);
            down[i] = aroon.Down;
            up[i] = aroon.Up;
        }
    }
}
