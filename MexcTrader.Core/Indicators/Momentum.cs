namespace MexcTrader.Core.Indicators;

/// <summary>Momentum as TA-Lib MOM: x − x[t−n]; lookback n.</summary>
public sealed class Momentum
{
    private readonly Lag _lag;

    public Momentum(int period = 10)
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
            Value = value - old;
        }
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period = 10)
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var momentum = new Momentum(period);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = momentum.Update(input[i]);
        }
    }
}
