namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>TA-Lib CDLDOJI: 100 when the real body is at most BodyDoji (0.1 × average high−low of the prior 10).</summary>
public sealed class Doji : CandlePattern
{
    private readonly PeriodTotal _bodyDoji;

    public Doji()
        : this(new PeriodTotal(CandleSetting.BodyDoji, 0)) { }

    private Doji(PeriodTotal bodyDoji)
        : base(CandleSetting.BodyDoji.AvgPeriod, bodyDoji)
    {
        _bodyDoji = bodyDoji;
    }

    private protected override int Evaluate() => Candles.RealBody(0) <= _bodyDoji.Average(Candles) ? 100 : 0;

    public static void Batch(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output
    ) => Run(new Doji(), open, high, low, close, output);
}
