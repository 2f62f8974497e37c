namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// TA-Lib CDL3WHITESOLDIERS (always 100): three white candles with rising closes, very short upper shadows, each
/// opening within or near the prior body, none far shorter than the one before, the last not short.
/// </summary>
public sealed class ThreeWhiteSoldiers : CandlePattern
{
    private readonly PeriodTotal[] _shadowVeryShort;
    private readonly PeriodTotal[] _near;
    private readonly PeriodTotal[] _far;
    private readonly PeriodTotal _bodyShort;

    public ThreeWhiteSoldiers()
        : this(
            [
                Total(CandleSetting.ShadowVeryShort, 0),
                Total(CandleSetting.ShadowVeryShort, 1),
                Total(CandleSetting.ShadowVeryShort, 2),
            ],
            [Total(CandleSetting.Near, 1), Total(CandleSetting.Near, 2)],
            [Total(CandleSetting.Far, 1), Total(CandleSetting.Far, 2)],
            Total(CandleSetting.BodyShort, 0)
        ) { }

    private ThreeWhiteSoldiers(
        PeriodTotal[] shadowVeryShort,
        PeriodTotal[] near,
        PeriodTotal[] far,
        PeriodTotal bodyShort
    )
        : base(
            Math.Max(
                Math.Max(CandleSetting.ShadowVeryShort.AvgPeriod, CandleSetting.BodyShort.AvgPeriod),
                Math.Max(CandleSetting.Far.AvgPeriod, CandleSetting.Near.AvgPeriod)
            ) + 2,
            [.. shadowVeryShort, .. near, .. far, bodyShort]
        )
    {
        _shadowVeryShort = shadowVeryShort;
        _near = near;
        _far = far;
        _bodyShort = bodyShort;
    }

    private static PeriodTotal Total(CandleSetting setting, int shift) => new(setting, shift);

    private protected override int Evaluate()
    {
        var c = Candles;
        return
            c.Color(2) == 1
            && c.UpperShadow(2) < _shadowVeryShort[2].Average(c)
            && c.Color(1) == 1
            && c.UpperShadow(1) < _shadowVeryShort[1].Average(c)
            && c.Color(0) == 1
            && c.UpperShadow(0) < _shadowVeryShort[0].Average(c)
            && c.Close(0) > c.Close(1)
            && c.Close(1) > c.Close(2)
            && c.Open(1) > c.Open(2)
            && c.Open(1) <= c.Close(2) + _near[1].Average(c)
            && c.Open(0) > c.Open(1)
            && c.Open(0) <= c.Close(1) + _near[0].Average(c)
            && c.RealBody(1) > c.RealBody(2) - _far[1].Average(c)
            && c.RealBody(0) > c.RealBody(1) - _far[0].Average(c)
            && c.RealBody(0) > _bodyShort.Average(c)
            ? 100
            : 0;
    }

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output
    ) => Run(new ThreeWhiteSoldiers(), open, high, low, close, output);
}
