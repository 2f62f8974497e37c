using System.Runtime.CompilerServices;

namespace MexcTrader.Core.Indicators;

/// <summary>
/// Relative strength index with Wilder smoothing as TA-Lib: plain means of the first <c>period</c> gains and losses
/// seed the averages; first value at row n; 0 when both averages are (near) zero.
/// </summary>
public sealed class Rsi
{
    private readonly double _keep;
    private readonly double _divisor;
    private double _gain;
    private double _loss;
    private double _previous;
    private int _rows;

    public Rsi(int period = 14)
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
    public double Update(double value)
    {
        Guard.Finite(value, nameof(value));
        if (_rows > Period)
        {
            var change = value - _previous;
            _previous = value;
            var loss = _loss * _keep;
            var gain = _gain * _keep;
            Accumulate(ref gain, ref loss, change);
            loss /= _divisor;
            gain /= _divisor;
            _loss = loss;
            _gain = gain;
            var rsi = Output(gain, loss);
            Value = rsi;
            return rsi;
        }
        return WarmUp(value);
    }

    // Kept out of line so the per-candle path above stays small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double WarmUp(double value)
    {
        var row = _rows;
        var change = value - _previous;
        _previous = value;
        _rows++;
        if (row == 0)
        {
            return Value;
        }
        Accumulate(ref _gain, ref _loss, change);
        if (row == Period)
        {
            _loss /= Period;
            _gain /= Period;
            Value = Output();
        }
        return Value;
    }

    private double Output() => Output(_gain, _loss);

    private static double Output(double gain, double loss)
    {
        var total = gain + loss;
        return Guard.IsZero(total) ? 0.0 : 100.0 * (gain / total);
    }

    /// <summary>
    /// TA-Lib adds a rise to the gains or subtracts a fall from the losses; adding the other side's +0.0 instead of
    /// branching gives the same bits and avoids a mispredicted branch on every other candle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(ref double gain, ref double loss, double change)
    {
        loss -= double.MinNative(change, 0.0);
        gain += double.MaxNative(change, 0.0);
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period = 14)
    {
        Guard.Finite(input, nameof(input));
        Guard.Period(period, nameof(period));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        // Same operations in the same order as Update (a test checks bit identity).
        output[..Math.Min(period, input.Length)].Fill(double.NaN);
        if (input.Length <= period)
        {
            return;
        }
        double gain = 0.0,
            loss = 0.0;
        for (var i = 1; i <= period; i++)
        {
            Accumulate(ref gain, ref loss, input[i] - input[i - 1]);
        }
        loss /= period;
        gain /= period;
        output[period] = Output(gain, loss);
        var previous = input[period];
        double keep = period - 1;
        for (var i = period + 1; i < input.Length; i++)
        {
            var value = input[i];
            loss *= keep;
            gain *= keep;
            Accumulate(ref gain, ref loss, value - previous);
            loss /= period;
            gain /= period;
            output[i] = Output(gain, loss);
            previous = value;
        }
    }
}
