using System.Runtime.CompilerServices;

namespace MexcTrader.Core.Indicators;

/// <summary>
/// Average true range as TA-Lib: true range from row 1, first value at row n = mean of TR rows 1…n, then Wilder
/// smoothing <c>(atr·(n−1) + tr)/n</c>.
/// </summary>
public sealed class Atr
{
    private readonly double _keep;
    private readonly double _divisor;
    private double _sum;
    private double _previousClose;
    private int _rows;

    public Atr(int period = 14)
    {
        Period = Guard.Period(period, nameof(period));
        _keep = period - 1;
        _divisor = period;
    }

    public int Period { get; }
    public int Lookback => Period;
    public bool IsReady => _rows > Period;
    public double Value { get; private set; } = double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double high, double low, double close)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        if (_rows > Period)
        {
            var trueRange = TrueRange(high, low, _previousClose);
            _previousClose = close;
            var atr = Value;
            atr *= _keep;
            atr += trueRange;
            atr /= _divisor;
            Value = atr;
            return atr;
        }
        return WarmUp(high, low, close);
    }

    // Kept out of line so the per-candle path above stays small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double WarmUp(double high, double low, double close)
    {
        var row = _rows++;
        var previousClose = _previousClose;
        _previousClose = close;
        if (row == 0)
        {
            return Value;
        }
        _sum += TrueRange(high, low, previousClose);
        if (row == Period)
        {
            Value = _sum / Period;
        }
        return Value;
    }

    /// <summary>TA-Lib's TRANGE: max(high − low, |high − prevClose|, |low − prevClose|).</summary>
    /// <remarks>All three are ≥ 0 for real candles, so the native max returns what TA-Lib's comparisons pick, without branches.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double TrueRange(double high, double low, double previousClose) =>
        double.MaxNative(double.MaxNative(high - low, Math.Abs(high - previousClose)), Math.Abs(low - previousClose));

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> output,
        int period = 14
    )
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Guard.Period(period, nameof(period));
        Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, close.Length, nameof(close));
        Guard.SameLength(high.Length, output.Length, nameof(output));
        // Same operations in the same order as Update (a test checks bit identity).
        output[..Math.Min(period, high.Length)].Fill(double.NaN);
        if (high.Length <= period)
        {
            return;
        }
        var sum = 0.0;
        for (var i = 1; i <= period; i++)
        {
            sum += TrueRange(high[i], low[i], close[i - 1]);
        }
        var atr = sum / period;
        output[period] = atr;
        double keep = period - 1;
        for (var i = period + 1; i < high.Length; i++)
        {
            atr *= keep;
            atr += TrueRange(high[i], low[i], close[i - 1]);
            atr /= period;
            output[i] = atr;
        }
    }
}
