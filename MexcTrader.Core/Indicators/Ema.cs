using System.Runtime.CompilerServices;

namespace MexcTrader.Core.Indicators;

/// <summary>
/// Exponential moving average as TA-Lib computes it: seeded with the SMA of the first <c>period</c> values,
/// then <c>ema = (x − ema)·k + ema</c> with <c>k = 2/(period+1)</c>.
/// </summary>
public sealed class Ema
{
    private readonly double _k;
    private readonly bool _t3Form;
    private double _sum;
    private int _count;

    public Ema(int period)
        : this(period, t3Form: false) { }

    // T3 writes the same recurrence as k·x + (1−k)·e; keeping its operation order keeps its rounding.
    internal Ema(int period, bool t3Form)
    {
        Period = Guard.Period(period, nameof(period));
        _k = 2.0 / (period + 1);
        _t3Form = t3Form;
    }

    public int Period { get; }
    public int Lookback => Period - 1;
    public bool IsReady => _count >= Period;
    public double Value { get; private set; } = double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double value)
    {
        Guard.Finite(value, nameof(value));
        if (_count >= Period)
        {
            var ema = Value;
            ema = _t3Form ? _k * value + (1.0 - _k) * ema : (value - ema) * _k + ema;
            Value = ema;
            return ema;
        }
        return WarmUp(value);
    }

    // Kept out of line so the per-candle path above stays small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double WarmUp(double value)
    {
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
        // Same operations in the same order as Update (a test checks bit identity).
        var warmUp = Math.Min(period - 1, input.Length);
        output[..warmUp].Fill(double.NaN);
        if (input.Length < period)
        {
            return;
        }
        var k = 2.0 / (period + 1);
        var sum = 0.0;
        for (var i = 0; i < period; i++)
        {
            sum += input[i];
        }
        var ema = sum / period;
        output[period - 1] = ema;
        var rest = input[period..];
        var target = output[period..];
        for (var i = 0; i < rest.Length; i++)
        {
            ema = (rest[i] - ema) * k + ema;
            target[i] = ema;
        }
    }
}
