namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// TA-Lib CDLSHOOTINGSTAR (always −100): gap up from the prior body, small body, long upper shadow, very short lower
/// shadow.
/// </summary>
public sealed class ShootingStar : CandlePattern
{
    private readonly PeriodTotal _bodyShort;
    private readonly PeriodTotal _shadowLong;
    private readonly PeriodTotal _shadowVeryShort;

    public ShootingStar()
        : this(
            new PeriodTotal(CandleSetting.BodyShort, 0),
            new PeriodTotal(CandleSetting.ShadowLong, 0),
            new PeriodTotal(CandleSetting.ShadowVeryShort, 0)
        ) { }

    private ShootingStar(PeriodTotal bodyShort, PeriodTotal shadowLong, PeriodTotal shadowVeryShort)
        : base(
            Math.Max(
                Math.Max(CandleSetting.BodyShort.AvgPeriod, CandleSetting.ShadowLong.AvgPeriod),
                CandleSetting.ShadowVeryShort.AvgPeriod
            ) + 1,
            bodyShort,
            shadowLong,
            shadowVeryShort
        )
    {
        _bodyShort = bodyShort;
        _shadowLong = shadowLong;
        _shadowVeryShort = shadowVeryShort;
    }

    private protected override int Evaluate()
    {
        var c = Candles;
        return
            c.BodyBottom(0) > c.BodyTop(1)
            && c.RealBody(0) < _bodyShort.Average(c)
            && c.UpperShadow(0) > _shadowLong.Average(c)
            && c.LowerShadow(0) < _shadowVeryShort.Average(c)
            ? -100
            : 0;
    }

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output
    ) => Run(new ShootingStar(), open, high, low, close, output);
}
