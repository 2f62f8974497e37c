using System.Runtime.CompilerServices;

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
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
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
        Movement(up, down, out var plus, out var minus);
        _minusDm += minus;
        _plusDm += plus;
        _trueRange = row >= Period ? _trueRange - _trueRange / Period + trueRange : _trueRange + trueRange;
        if (row < Period)
        {
            _rows++;
            return false;
        }
        _rows = Period + 1;
        PlusDi = Di(_plusDm, _trueRange);
        MinusDi = Di(_minusDm, _trueRange);
        return true;
    }

    /// <summary>
    /// TA-Lib's directional movement: −DM when the low fell more than the high rose, +DM when the high rose more,
    /// else neither. The unselected side gets ±0.0, which leaves a running sum's bits unchanged, so no branch is needed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Movement(double up, double down, out double plus, out double minus)
    {
        var isMinus = (down > 0) & (up < down);
        var isPlus = !isMinus & (up > 0) & (up > down);
        minus = down * (isMinus ? 1 : 0);
        plus = up * (isPlus ? 1 : 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Di(double movement, double trueRange) =>
        Guard.IsZero(trueRange) ? 0.0 : 100.0 * (movement / trueRange);

    /// <summary>DX, or false when TA-Lib leaves it undefined (smoothed TR or DI sum zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Dx(double plusDi, double minusDi, double trueRange, out double dx)
    {
        dx = 0.0;
        if (Guard.IsZero(trueRange))
        {
            return false;
        }
        var sum = minusDi + plusDi;
        if (Guard.IsZero(sum))
        {
            return false;
        }
        dx = 100.0 * (Math.Abs(minusDi - plusDi) / sum);
        return true;
    }

    /// <summary>Whether the last update had a defined DX (smoothed TR and DI sum not zero), and its value.</summary>
    internal bool TryDx(out double dx) => Dx(PlusDi, MinusDi, _trueRange, out dx);

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> plusDi,
        Span<double> minusDi,
        int period = 14
    )
    {
        Guard.HighLowClose(high, low, close);
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
