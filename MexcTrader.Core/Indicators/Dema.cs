namespace MexcTrader.Core.Indicators;

/// <summary>Double EMA: 2·EMA1 − EMA(EMA1), each stage seeded with the SMA of its first inputs; lookback 2(n−1).</summary>
public sealed class Dema
{
    private readonly Ema _e1;
    private readonly Ema _e2;

    public Dema(int period)
    {
        Period = Guard.Period(period, nameof(period));
        _e1 = new Ema(period);
        _e2 = new Ema(period);
    }

    public int Period { get; }
    public int Lookback => 2 * (Period - 1);
    public bool IsReady => _e2.IsReady;
    public double Value { get; private set; } = double.NaN;

    public double Update(double value)
    {
        var e1 = _e1.Update(value);
        if (!_e1.IsReady)
        {
            return Value;
        }
        var e2 = _e2.Update(e1);
        if (_e2.IsReady)
        {
            Value = 2.0 * e1 - e2;
        }
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period)
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var dema = new Dema(period);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = dema.Update(input[i]);
        }
    }
}
