namespace MexcTrader.Core.Indicators;

/// <summary>
/// +DI and −DI as TA-Lib: directional movement and true range summed over rows 1…n−1, then Wilder-smoothed sums
/// <c>S − S/n + value</c>; both 0 when the smoothed TR is zero; first values at row n.
/// </summary>
public sealed class DirectionalIndex
{
    private double _plusDm;
    private double _minusDm;
    private double _trueRange;
    private double _previousHigh;
    private double _previousLow;
    private double _previousClose;
    private int _rows;

    public DirectionalIndex(int period = 14)
    {
        Period = Guard.Period(period, nameof(period));
    }

    public int Period { get; }
    public int Lookback => Period;
    public bool IsReady => _rows > Period;
    public double PlusDi { get; private set; } = double.NaN;
    public double MinusDi { get; private set; } = double.NaN;

    /// <summary>Adds one candle; returns true once +DI/−DI have values.</summary>
    public bool Update(double high, double low, double close)
    {
        var row = _rows;
        var up = high - _previousHigh;
        var down = _previousLow - low;
        var trueRange = Atr.TrueRange(high, low, _previousClose);
        _previousHigh = high;
        _previousLow = low;
        _previousClose = close;
        if (row == 0)
        {
            _rows = 1;
            return false;
        }
        if (row >= Period)
        {
            _minusDm -= _minusDm / Period;
            _plusDm -= _plusDm / Period;
        }
        if (down > 0 && up < down)
        {
            _minusDm += down;
        }
        else if (up > 0 && up > down)
        {
            _plusDm += up;
        }
        _trueRange = row >= Period ? _trueRange - _trueRange / Period + trueRange : _trueRange + trueRange;
        if (row < Period)
        {
            _rows++;
            return false;
        }
        _rows = Period + 1;
        if (Guard.IsZero(_trueRange))
        {
            PlusDi = 0.0;
            MinusDi = 0.0;
        }
        else
        {
            PlusDi = 100.0 * (_plusDm / _trueRange);
            MinusDi = 100.0 * (_minusDm / _trueRange);
        }
        return true;
    }

    /// <summary>Whether the last update had a defined DX (smoothed TR and DI sum not zero), and its value.</summary>
    internal bool TryDx(out double dx)
    {
        dx = 0.0;
        if (Guard.IsZero(_trueRange))
        {
            return false;
        }
        var sum = MinusDi + PlusDi;
        if (Guard.IsZero(sum))
        {
            return false;
        }
        dx = 100.0 * (Math.Abs(MinusDi - PlusDi) / sum);
        return true;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> plusDi,
        Span<double> minusDi,
        int period = 14
    )
    {
        Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, close.Length, nameof(close));
        Guard.SameLength(high.Length, plusDi.Length, nameof(plusDi));
        Guard.SameLength(high.Length, minusDi.Length, nameof(minusDi));
        var di = new DirectionalIndex(period);
        for (var i = 0; i < high.Length; i++)
        {
            di.Update(high[i], low[i], close[i]);
            plusDi[i] = di.PlusDi;
            minusDi[i] = di.MinusDi;
        }
    }
}
