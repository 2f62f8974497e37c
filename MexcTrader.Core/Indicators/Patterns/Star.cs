namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// Shared shape of TA-Lib CDLMORNINGSTAR / CDLEVENINGSTAR: long first body, short star gapping away from it, third
/// body of the opposite colour closing at least <c>penetration</c> of the first body back inside it.
/// </summary>
public abstract class Star : CandlePattern
{
    private readonly PeriodTotal _bodyLong;
    private readonly PeriodTotal _bodyShort;
    private readonly PeriodTotal _bodyShortThird;

    private protected Star(double penetration)
        : this(
            Guard.NonNegative(penetration, nameof(penetration)),
            new PeriodTotal(CandleSetting.BodyLong, 2),
            new PeriodTotal(CandleSetting.BodyShort, 1),
            new PeriodTotal(CandleSetting.BodyShort, 0)
        ) { }

    private Star(double penetration, PeriodTotal bodyLong, PeriodTotal bodyShort, PeriodTotal bodyShortThird)
        : base(
            Math.Max(CandleSetting.BodyShort.AvgPeriod, CandleSetting.BodyLong.AvgPeriod) + 2,
            bodyLong,
            bodyShort,
            bodyShortThird
        )
    {
        Penetration = penetration;
        _bodyLong = bodyLong;
        _bodyShort = bodyShort;
        _bodyShortThird = bodyShortThird;
    }

    public double Penetration { get; }

    /// <summary>The three body-size tests both stars share.</summary>
    private protected bool BodiesFit() =>
        Candles.RealBody(2) > _bodyLong.Average(Candles)
        && Candles.RealBody(1) <= _bodyShort.Average(Candles)
        && Candles.RealBody(0) > _bodyShortThird.Average(Candles);
}

/// <summary>TA-Lib CDLMORNINGSTAR (always 100), penetration 0.3 by default.</summary>
public sealed class MorningStar(double penetration = 0.3) : Star(penetration)
{
    private protected override int Evaluate()
    {
        var c = Candles;
        return
            c.Color(2) == -1
            && c.Color(0) == 1
            && c.BodyTop(1) < c.BodyBottom(2)
            && c.Close(0) > c.Close(2) + c.RealBody(2) * Penetration
            && BodiesFit()
            ? 100
            : 0;
    }

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output,
        double penetration = 0.3
    ) => Run(new MorningStar(penetration), open, high, low, close, output);
}

/// <summary>TA-Lib CDLEVENINGSTAR (always −100), penetration 0.3 by default.</summary>
public sealed class EveningStar(double penetration = 0.3) : Star(penetration)
{
    private protected override int Evaluate()
    {
        var c = Candles;
        return
            c.Color(2) == 1
            && c.Color(0) == -1
            && c.BodyBottom(1) > c.BodyTop(2)
            && c.Close(0) < c.Close(2) - c.RealBody(2) * Penetration
            && BodiesFit()
            ? -100
            : 0;
    }

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output,
        double penetration = 0.3
    ) => Run(new EveningStar(penetration), open, high, low, close, output);
}
