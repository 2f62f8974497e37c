namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// TA-Lib CDLHARAMI: a long body followed by a short body inside it: ±100 (opposite to the first candle's colour),
/// or ±80 when the bodies share an end.
/// </summary>
public sealed class Harami : CandlePattern
{
    private readonly PeriodTotal _bodyLong;
    private readonly PeriodTotal _bodyShort;

    public Harami()
        : this(new PeriodTotal(CandleSetting.BodyLong, 1), new PeriodTotal(CandleSetting.BodyShort, 0)) { }

    private Harami(PeriodTotal bodyLong, PeriodTotal bodyShort)
        : base(Math.Max(CandleSetting.BodyShort.AvgPeriod, CandleSetting.BodyLong.AvgPeriod) + 1, bodyLong, bodyShort)
    {
        _bodyLong = bodyLong;
        _bodyShort = bodyShort;
    }

    private protected override int Evaluate()
    {
        var c = Candles;
        if (!(c.RealBody(1) > _bodyLong.Average(c)) || !(c.RealBody(0) <= _bodyShort.Average(c)))
        {
            return 0;
        }
        var sign = -c.Color(1);
        if (c.BodyTop(0) < c.BodyTop(1) && c.BodyBottom(0) > c.BodyBottom(1))
        {
            return sign * 100;
        }
        return c.BodyTop(0) <= c.BodyTop(1) && c.BodyBottom(0) >= c.BodyBottom(1) ? sign * 80 : 0;
    }

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output
    ) => Run(new Harami(), open, high, low, close, output);
}
