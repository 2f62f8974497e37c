namespace MexcTrader.Core.Indicators;

/// <summary>
/// SuperTrend on TA-Lib's ATR (Wilder, SMA-seeded, first value at row <c>period</c>). Convention (as TradingView's
/// ta.supertrend): basic bands = (high+low)/2 ± multiplier·ATR; the final upper band only moves down and the final
/// lower band only moves up unless the previous close crossed them; the first value starts in a downtrend (line = upper
/// band); the trend turns up when the close rises above the final upper band and down when it falls below the final
/// lower band. The line is the lower band in an uptrend and the upper band in a downtrend.
/// </summary>
public sealed class SuperTrend
{
    private readonly Atr _atr;
    private double _previousClose;
    private bool _started;

    public SuperTrend(int period = 10, double multiplier = 3.0)
    {
        _atr = new Atr(period);
        Multiplier = Guard.NonNegative(multiplier, nameof(multiplier));
    }

    public int Period => _atr.Period;
    public double Multiplier { get; }
    public int Lookback => _atr.Lookback;
    public bool IsReady => _started;
    public double Value { get; private set; } = double.NaN;

    /// <summary>+1 in an uptrend, −1 in a downtrend, 0 before the first value.</summary>
    public int Direction { get; private set; }

    public double UpperBand { get; private set; } = double.NaN;
    public double LowerBand { get; private set; } = double.NaN;

    public double Update(double high, double low, double close)
    {
        var atr = _atr.Update(high, low, close);
        var previousClose = _previousClose;
        _previousClose = close;
        if (!_atr.IsReady)
        {
            return Value;
        }
        var middle = (high + low) / 2.0;
        var upper = middle + Multiplier * atr;
        var lower = middle - Multiplier * atr;
        if (!_started)
        {
            _started = true;
            Direction = -1;
        }
        else
        {
            upper = upper < UpperBand || previousClose > UpperBand ? upper : UpperBand;
            lower = lower > LowerBand || previousClose < LowerBand ? lower : LowerBand;
            Direction = Direction == -1 ? (close > upper ? 1 : -1) : (close < lower ? -1 : 1);
        }
        UpperBand = upper;
        LowerBand = lower;
        Value = Direction == 1 ? lower : upper;
        return Value;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> value,
        Span<double> direction,
        int period = 10,
        double multiplier = 3.0
    )
    {
        Guard.HighLowClose(high, low, close);
        Guard.SameLength(high.Length, value.Length, nameof(value));
        Guard.SameLength(high.Length, direction.Length, nameof(direction));
        var superTrend = new SuperTrend(period, multiplier);
        for (var i = 0; i < high.Length; i++)
        {
            value[i] = superTrend.Update(high[i], low[i], close[i]);
            direction[i] = superTrend.IsReady ? superTrend.Direction : double.NaN;
        }
    }
}
