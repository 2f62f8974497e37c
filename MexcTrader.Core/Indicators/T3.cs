namespace MexcTrader.Core.Indicators;

/// <summary>
/// Tillson T3 as TA-Lib: six chained EMAs (each seeded with the SMA of its first <c>period</c> inputs) combined as
/// c1·e6 + c2·e5 + c3·e4 + c4·e3 with the volume factor v; lookback 6(n−1).
/// </summary>
public sealed class T3
{
    private readonly Ema[] _stages = new Ema[6];
    private readonly double _c1;
    private readonly double _c2;
    private readonly double _c3;
    private readonly double _c4;

    public T3(int period = 5, double volumeFactor = 0.7)
    {
        Period = Guard.Period(period, nameof(period));
        VolumeFactor = Guard.NonNegative(volumeFactor, nameof(volumeFactor));
        for (var i = 0; i < _stages.Length; i++)
        {
            _stages[i] = new Ema(period, t3Form: true);
        }
        var v = volumeFactor;
        var v2 = v * v;
        var v3 = v2 * v;
        _c1 = -v3;
        _c2 = 3.0 * (v2 + v3);
        _c3 = -6.0 * v2 - 3.0 * (v + v3);
        _c4 = 1.0 + 3.0 * v + v3 + 3.0 * v2;
    }

    public int Period { get; }
    public double VolumeFactor { get; }
    public int Lookback => 6 * (Period - 1);
    public bool IsReady => _stages[5].IsReady;
    public double Value { get; private set; } = double.NaN;

    public double Update(double value)
    {
        var x = value;
        foreach (var stage in _stages)
        {
            x = stage.Update(x);
            if (!stage.IsReady)
            {
                return Value;
            }
        }
        Value = _c1 * _stages[5].Value + _c2 * _stages[4].Value + _c3 * _stages[3].Value + _c4 * _stages[2].Value;
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period = 5, double volumeFactor = 0.7)
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var t3 = new T3(period, volumeFactor);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = t3.Update(input[i]);
        }
    }
}
