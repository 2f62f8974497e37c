namespace MexcTrader.Core.Indicators;

/// <summary>Triple EMA: 3·EMA1 − 3·EMA2 + EMA3, each stage seeded with an SMA; lookback 3(n−1).</summary>
public sealed class Tema
{
    private readonly Ema _e1;
    private readonly Ema _e2;
    private readonly Ema _e3;

    public Tema(int period)
    {
        Period = Guard.Period(period, nameof(period));
        _e1 = new Ema(period);
        _e2 = new Ema(period);
        _e3 = new Ema(period);
    }

    public int Period { get; }
    public int Lookback => 3 * (Period - 1);
    public bool IsReady => _e3.IsReady;
    public double Value { get; private set; } = double.NaN;

    public double Update(double value)
    {
        var e1 = _e1.Update(value);
        if (!_e1.IsReady)
        {
            return Value;
        }
        var e2 = _e2.Update(e1);
        if (!_e2.IsReady)
        {
            return Value;
        }
        var e3 = _e3.Update(e2);
        if (_e3.IsReady)
        {
            // TA-Lib's order, which keeps the result bit-identical to it.
            Value = e3 + (3.0 * e1 - 3.0 * e2);
        }
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period)
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var tema = new Tema(period);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = tema.Update(input[i]);
        }
    }
}
