namespace MexcTrader.Core.Indicators;

/// <summary>
/// Commodity channel index as TA-Lib: TP = (H+L+C)/3, CCI = (TP − SMA(TP)) / (0.015 · mean absolute deviation),
/// 0 when either factor is 0. The mean absolute deviation needs the whole window, so an update is O(period), not O(1).
/// </summary>
public sealed class Cci
{
    private readonly double[] _window;
    private int _count;
    private int _slot;

    public Cci(int period = 20)
    {
        Period = Guard.Period(period, nameof(period));
        _window = new double[period];
    }

    public int Period { get; }
    public int Lookback => Period - 1;
    public bool IsReady => _count >= Period;
    public double Value { get; private set; } = double.NaN;

    public double Update(double high, double low, double close)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        var typical = (high + low + close) / 3.0;
        _window[_slot] = typical;
        if (++_slot == _window.Length)
        {
            _slot = 0;
        }
        if (_count < Period && ++_count < Period)
        {
            return Value;
        }
        var average = 0.0;
        foreach (var tp in _window)
        {
            average += tp;
        }
        average /= Period;
        var deviation = 0.0;
        foreach (var tp in _window)
        {
            deviation += Math.Abs(tp - average);
        }
        var distance = typical - average;
        Value = distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / Period)) : 0.0;
        return Value;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> output,
        int period = 20
    )
    {
        Guard.HighLowClose(high, low, close);
        Guard.SameLength(high.Length, output.Length, nameof(output));
        var cci = new Cci(period);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = cci.Update(high[i], low[i], close[i]);
        }
    }
}
