namespace MexcTrader.Core.Indicators;

/// <summary>Rate of change as TA-Lib ROC: (x/x[t−n] − 1)·100, 0 when the old value is 0; lookback n.</summary>
public sealed class Roc
{
    private readonly Lag _lag;

    public Roc(int period = 10)
    {
        Period = Guard.Period(period, nameof(period));
        _lag = new Lag(period);
    }

    public int Period { get; }
    public int Lookback => Period;
    public bool IsReady { get; private set; }
    public double Value { get; private set; } = double.NaN;

    public double Update(double value)
    {
        Guard.Finite(value, nameof(value));
        if (_lag.Push(value, out var old))
        {
            IsReady = true;
            Value = old != 0.0 ? (value / old - 1.0) * 100.0 : 0.0;
        }
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period = 10)
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var roc = new Roc(period);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = roc.Update(input[i]);
        }
    }
}
