namespace MexcTrader.Core.Indicators;

/// <summary>Normalised ATR: 100·ATR/close (0 when close is zero), TA-Lib NATR; lookback n.</summary>
public sealed class Natr
{
    private readonly Atr _atr;

    public Natr(int period = 14)
    {
        _atr = new Atr(period);
    }

    public int Period => _atr.Period;
    public int Lookback => _atr.Lookback;
    public bool IsReady => _atr.IsReady;
    public double Value { get; private set; } = double.NaN;

    public double Update(double high, double low, double close)
    {
        var atr = _atr.Update(high, low, close);
        if (_atr.IsReady)
        {
            Value = Guard.IsZero(close) ? 0.0 : atr / close * 100.0;
        }
        return Value;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> output,
        int period = 14
    )
    {
        Guard.HighLowClose(high, low, close);
        Guard.SameLength(high.Length, output.Length, nameof(output));
        var natr = new Natr(period);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = natr.Update(high[i], low[i], close[i]);
        }
    }
}
