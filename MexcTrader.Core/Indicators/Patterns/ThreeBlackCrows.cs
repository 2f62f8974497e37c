namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// TA-Lib CDL3BLACKCROWS (always −100): a white candle, then three declining black candles with very short lower
/// shadows, each opening inside the prior body, the first closing under the white candle's high.
/// </summary>
public sealed class ThreeBlackCrows : CandlePattern
{
    private readonly PeriodTotal[] _shadowVeryShort;

    public ThreeBlackCrows()
        : this([
            new PeriodTotal(CandleSetting.ShadowVeryShort, 0),
            new PeriodTotal(CandleSetting.ShadowVeryShort, 1),
            new PeriodTotal(CandleSetting.ShadowVeryShort, 2),
        ]) { }

    private ThreeBlackCrows(PeriodTotal[] shadowVeryShort)
        : base(CandleSetting.ShadowVeryShort.AvgPeriod + 3, shadowVeryShort)
    {
        _shadowVeryShort = shadowVeryShort;
    }

    private protected override int Evaluate()
    {
        var c = Candles;
        return
            c.Color(3) == 1
            && c.Color(2) == -1
            && c.Color(1) == -1
            && c.Color(0) == -1
            && c.Open(1) < c.Open(2)
            && c.Open(1) > c.Close(2)
            && c.Open(0) < c.Open(1)
            && c.Open(0) > c.Close(1)
            && c.High(3) > c.Close(2)
            && c.Close(2) > c.Close(1)
            && c.Close(1) > c.Close(0)
            && c.LowerShadow(2) < _shadowVeryShort[2].Average(c)
            && c.LowerShadow(1) < _shadowVeryShort[1].Average(c)
            && c.LowerShadow(0) < _shadowVeryShort[0].Average(c)
            ? -100
            : 0;
    }

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output
    ) => Run(new ThreeBlackCrows(), open, high, low, close, output);
}
