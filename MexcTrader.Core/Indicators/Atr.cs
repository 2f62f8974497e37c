namespace MexcTrader.Core.Indicators;

/// <summary>
/// Average true range as TA-Lib: true range from row 1, first value at row n = mean of TR rows 1…n, then Wilder
/// smoothing <c>(atr·(n−1) + tr)/n</c>.
/// </summary>
public sealed class Atr
{
    private double _sum;
    private double _previousClose;
    private int _rows;

    public Atr(int period = 14)
    {
        Period = Guard.Period(period, nameof(period));
    }

    public int Period { get; }
    public int Lookback => Period;
    public bool IsReady => _rows > Period;
    public double Value { get; private set; } = double.NaN;

    public double Update(double high, double low, double close)
    {
        var row = _rows;
        var previousClose = _previousClose;
        _previousClose = close;
        if (row == 0)
        {
            _rows = 1;
            return Value;
        }
        var trueRange = TrueRange(high, low, previousClose);
        if (row > Period)
        {
            var atr = Value * (Period - 1);
            atr += trueRange;
            Value = atr / Period;
            return Value;
        }
        _sum += trueRange;
        _rows++;
        if (row == Period)
        {
            Value = _sum / Period;
        }
        return Value;
    }

    /// <summary>TA-Lib's TRANGE: max(high − low, |high − prevClose|, |low − prevClose|).</summary>
    internal static double TrueRange(double high, double low, double previousClose)
    {
        var range = high - low;
        var up = Math.Abs(high - previousClose);
        if (up > range)
        {
            range = up;
        }
        var down = Math.Abs(low - previousClose);
        return down > range ? down : range;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> output,
        int period = 14
    )
    {
        Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, close.Length, nameof(close));
        Guard.SameLength(high.Length, output.Length, nameof(output));
        var atr = new Atr(period);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = atr.Update(high[i], low[i], close[i]);
        }
    }
}
