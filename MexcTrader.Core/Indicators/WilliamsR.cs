namespace MexcTrader.Core.Indicators;

/// <summary>Williams %R as TA-Lib WILLR: −100·(HH − close)/(HH − LL) over the last n rows, 0 when HH = LL.</summary>
public sealed class WilliamsR
{
    private readonly RollingExtreme _highest;
    private readonly RollingExtreme _lowest;
    private int _rows;

    public WilliamsR(int period = 14)
    {
        Period = Guard.Period(period, nameof(period));
        _highest = new RollingExtreme(period, max: true);
        _lowest = new RollingExtreme(period, max: false);
    }

    public int Period { get; }
    public int Lookback => Period - 1;
    public bool IsReady => _rows >= Period;
    public double Value { get; private set; } = double.NaN;

    public double Update(double high, double low, double close)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        _highest.Add(high);
        _lowest.Add(low);
        if (_rows < Period && ++_rows < Period)
        {
            return Value;
        }
        var highest = _highest.Value;
        var range = (highest - _lowest.Value) / -100.0;
        Value = range != 0.0 ? (highest - close) / range : 0.0;
        return Value;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> output,
        int period = 14
    )
    {
        Guard.HighLowClose(high, low, close);
        Guard.SameLength(high.Length, output.Length, nameof(output));
        var willR = new WilliamsR(period);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = willR.Update(high[i], low[i], close[i]);
        }
    }
}
