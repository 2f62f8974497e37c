namespace MexcTrader.Core.Indicators;

/// <summary>
/// Kaufman adaptive moving average as TA-Lib: efficiency ratio over <c>period</c> changes, fixed fast/slow
/// constants 2 and 30, seeded with the value at row n−1; lookback n.
/// </summary>
public sealed class Kama
{
    private const double SlowK = 2.0 / (30.0 + 1.0);
    private const double FastMinusSlowK = 2.0 / (2.0 + 1.0) - SlowK;
    private readonly double[] _window; // the last period+1 inputs
    private double _sumChanges;
    private double _kama;
    private int _rows;
    private int _slot;
    private double _previous;

    public Kama(int period = 30)
    {
        Period = Guard.Period(period, nameof(period));
        _window = new double[period + 1];
    }

    public int Period { get; }
    public int Lookback => Period;
    public bool IsReady => _rows > Period;
    public double Value { get; private set; } = double.NaN;

    public double Update(double value)
    {
        Guard.Finite(value, nameof(value));
        var row = _rows; // saturates at period + 1: only "how far into the warm-up" matters
        var dropped = _window[_slot]; // x[t−n−1] once the window is full
        var next = _slot + 1 == _window.Length ? 0 : _slot + 1;
        var periodStart = _window[next]; // x[t−n]
        _window[_slot] = value;
        _slot = next;
        if (row > Period)
        {
            _sumChanges -= Math.Abs(dropped - periodStart);
        }
        if (row > 0)
        {
            _sumChanges += Math.Abs(value - _previous);
        }
        _previous = value;
        if (row <= Period)
        {
            _rows++;
        }
        if (row < Period)
        {
            if (row == Period - 1)
            {
                _kama = value;
            }
            return Value;
        }
        var periodChange = value - periodStart;
        var ratio =
            _sumChanges <= periodChange || Guard.IsZero(_sumChanges) ? 1.0 : Math.Abs(periodChange / _sumChanges);
        var sc = ratio * FastMinusSlowK + SlowK;
        sc *= sc;
        _kama = (value - _kama) * sc + _kama;
        Value = _kama;
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period = 30)
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var kama = new Kama(period);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = kama.Update(input[i]);
        }
    }
}
