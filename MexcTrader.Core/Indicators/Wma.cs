namespace MexcTrader.Core.Indicators;

/// <summary>Weighted moving average (TA-Lib WMA): weights 1…n, newest = n, divisor n(n+1)/2, O(1) update.</summary>
public sealed class Wma
{
    private readonly double[] _window;
    private readonly double _divider;
    private double _sum; // plain sum of the window
    private double _weighted; // Σ weight·value
    private int _count;
    private int _slot;

    public Wma(int period)
    {
        Period = Guard.Period(period, nameof(period));
        _window = new double[period];
        _divider = period * (period + 1) / 2.0;
    }

    public int Period { get; }
    public int Lookback => Period - 1;
    public bool IsReady => _count >= Period;
    public double Value { get; private set; } = double.NaN;

    public double Update(double value)
    {
        Guard.Finite(value, nameof(value));
        var oldest = _window[_slot];
        _window[_slot] = value;
        if (++_slot == _window.Length)
        {
            _slot = 0;
        }
        if (_count >= Period)
        {
            // Shifting every weight down by one subtracts the plain sum once.
            _weighted -= _sum;
            _sum += value; // TA-Lib's order: add the newest, then drop the oldest
            _sum -= oldest;
            _weighted += value * Period;
            Value = _weighted / _divider;
            return Value;
        }
        _count++;
        _sum += value;
        _weighted += value * _count;
        if (_count == Period)
        {
            Value = _weighted / _divider;
        }
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period)
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var wma = new Wma(period);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = wma.Update(input[i]);
        }
    }
}
