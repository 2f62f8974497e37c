namespace MexcTrader.Core.Indicators;

/// <summary>TRIX as TA-Lib: triple EMA (each stage SMA-seeded), then 100·(e3/e3[t−1] − 1); lookback 3(n−1)+1.</summary>
public sealed class Trix
{
    private readonly Ema _e1;
    private readonly Ema _e2;
    private readonly Ema _e3;
    private double _previous = double.NaN;

    public Trix(int period = 15)
    {
        Period = Guard.Period(period, nameof(period));
        _e1 = new Ema(period);
        _e2 = new Ema(period);
        _e3 = new Ema(period);
    }

    public int Period { get; }
    public int Lookback => 3 * (Period - 1) + 1;
    public bool IsReady { get; private set; }
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
        if (!_e3.IsReady)
        {
            return Value;
        }
        if (!double.IsNaN(_previous))
        {
            IsReady = true;
            Value = _previous != 0.0 ? (e3 / _previous - 1.0) * 100.0 : 0.0;
        }
        _previous = e3;
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period = 15)
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var trix = new Trix(period);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = trix.Update(input[i]);
        }
    }
}
