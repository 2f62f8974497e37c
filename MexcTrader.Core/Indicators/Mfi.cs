namespace MexcTrader.Core.Indicators;

/// <summary>
/// Money flow index as TA-Lib: flow = TP·volume counted positive when TP rose, negative when it fell;
/// MFI = 100·pos/(pos+neg) over the last <c>period</c> rows, but 0 when pos+neg &lt; 1. Lookback n.
/// </summary>
public sealed class Mfi
{
    private readonly double[] _positive;
    private readonly double[] _negative;
    private double _positiveSum;
    private double _negativeSum;
    private double _previousTypical;
    private int _rows;
    private int _slot;

    public Mfi(int period = 14)
    {
        Period = Guard.Period(period, nameof(period));
        _positive = new double[period];
        _negative = new double[period];
    }

    public int Period { get; }
    public int Lookback => Period;
    public bool IsReady => _rows > Period;
    public double Value { get; private set; } = double.NaN;

    public double Update(double high, double low, double close, double volume)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Guard.Volume(volume, nameof(volume));
        var typical = (high + low + close) / 3.0;
        var change = typical - _previousTypical;
        _previousTypical = typical;
        if (_rows == 0)
        {
            _rows = 1;
            return Value;
        }
        if (_rows > Period)
        {
            _positiveSum -= _positive[_slot];
            _negativeSum -= _negative[_slot];
        }
        var flow = typical * volume;
        var positive = change > 0 ? flow : 0.0;
        var negative = change < 0 ? flow : 0.0;
        _positive[_slot] = positive;
        _negative[_slot] = negative;
        _positiveSum += positive;
        _negativeSum += negative;
        if (++_slot == Period)
        {
            _slot = 0;
        }
        if (_rows < Period)
        {
            _rows++;
            return Value;
        }
        _rows = Period + 1;
        var total = _positiveSum + _negativeSum;
        Value = total < 1.0 ? 0.0 : 100.0 * (_positiveSum / total);
        return Value;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        ReadOnlySpan<double> volume,
        Span<double> output,
        int period = 14
    )
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Guard.Volumes(volume, nameof(volume));
        Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, close.Length, nameof(close));
        Guard.SameLength(high.Length, volume.Length, nameof(volume));
        Guard.SameLength(high.Length, output.Length, nameof(output));
        var mfi = new Mfi(period);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = mfi.Update(high[i], low[i], close[i], volume[i]);
        }
    }
}
