namespace MexcTrader.Core.Indicators;

/// <summary>Simple moving average (TA-Lib SMA): running sum, add newest then subtract oldest.</summary>
public sealed class Sma
{
    private readonly double[] _window;
    private double _sum;
    private int _count;
    private int _slot;

    public Sma(int period)
    {
        Period = Guard.Period(period, nameof(period));
        _window = new double[period];
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
            // TA-Lib order: drop the value that left the window, then add the newest.
            _sum -= oldest;
            _sum += value;
            Value = _sum / Period;
            return Value;
        }
        _sum += value;
        if (++_count == Period)
        {
            Value = _sum / Period;
        }
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period)
    {
        Guard.Finite(input, nameof(input));
        Guard.Period(period, nameof(period));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        // Same operations in the same order as Update (a test checks bit identity), without the ring buffer.
        var warmUp = Math.Min(period - 1, input.Length);
        output[..warmUp].Fill(double.NaN);
        if (input.Length < period)
        {
            return;
        }
        double divisor = period;
        var sum = 0.0;
        for (var i = 0; i < period; i++)
        {
            sum += input[i];
        }
        output[period - 1] = sum / divisor;
        var leaving = input[..^period];
        var entering = input[period..];
        var target = output[period..];
        for (var i = 0; i < entering.Length; i++)
        {
            sum -= leaving[i];
            sum += entering[i];
            target[i] = sum / divisor;
        }
    }
}
