namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// TA-Lib CDLHAMMER (always 100): small body, long lower shadow, very short upper shadow, body near or below the
/// prior candle's low.
/// </summary>
public sealed class Hammer : CandlePattern
{
    private readonly PeriodTotal _bodyShort;
    private readonly PeriodTotal _shadowLong;
    private readonly PeriodTotal _shadowVeryShort;
    private readonly PeriodTotal _near;

    public Hammer()
        : this(
            new PeriodTotal(CandleSetting.BodyShort, 0),
            new PeriodTotal(CandleSetting.ShadowLong, 0),
            new PeriodTotal(CandleSetting.ShadowVeryShort, 0),
            new PeriodTotal(CandleSetting.Near, 1)
        ) { }

    private Hammer(PeriodTotal bodyShort, PeriodTotal shadowLong, PeriodTotal shadowVeryShort, PeriodTotal near)
        : base(
            Math.Max(
                Math.Max(CandleSetting.BodyShort.AvgPeriod, CandleSetting.ShadowLong.AvgPeriod),
                Math.Max(CandleSetting.ShadowVeryShort.AvgPeriod, CandleSetting.Near.AvgPeriod)
            ) + 1,
            bodyShort,
            shadowLong,
            shadowVeryShort,
            near
        )
    {
        _bodyShort = bodyShort;
        _shadowLong = shadowLong;
        _shadowVeryShort = shadowVeryShort;
        _near = near;
    }

    private protected override int Evaluate()
    {
        var c = Candles;
        return
            c.RealBody(0) < _bodyShort.Average(c)
            && c.LowerShadow(0) > _shadowLong.Average(c)
            && c.UpperShadow(0) < _shadowVeryShort.Average(c)
            && c.BodyBottom(0) <= c.Low(1) + _near.Average(c)
            ? 100
            : 0;
    }

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output
    ) => Run(new Hammer(), open, high, low, close, output);
}
