namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>Which part of a candle a TA-Lib candle setting measures.</summary>
public enum CandleRangeType
{
    RealBody,
    HighLow,
    Shadows,
}

/// <summary>
/// One TA-Lib candle setting: "long/short/near…" means the measured range compared with <see cref="Factor"/> times
/// the average of the preceding <see cref="AvgPeriod"/> candles (or the candle itself when the period is 0).
/// </summary>
public readonly record struct CandleSetting(CandleRangeType RangeType, int AvgPeriod, double Factor)
{
    public static CandleSetting BodyLong { get; } = new(CandleRangeType.RealBody, 10, 1.0);
    public static CandleSetting BodyVeryLong { get; } = new(CandleRangeType.RealBody, 10, 3.0);
    public static CandleSetting BodyShort { get; } = new(CandleRangeType.RealBody, 10, 1.0);
    public static CandleSetting BodyDoji { get; } = new(CandleRangeType.HighLow, 10, 0.1);
    public static CandleSetting ShadowLong { get; } = new(CandleRangeType.RealBody, 0, 1.0);
    public static CandleSetting ShadowVeryLong { get; } = new(CandleRangeType.RealBody, 0, 2.0);
    public static CandleSetting ShadowShort { get; } = new(CandleRangeType.Shadows, 10, 1.0);
    public static CandleSetting ShadowVeryShort { get; } = new(CandleRangeType.HighLow, 10, 0.1);
    public static CandleSetting Near { get; } = new(CandleRangeType.HighLow, 5, 0.2);
    public static CandleSetting Far { get; } = new(CandleRangeType.HighLow, 5, 0.6);
    public static CandleSetting Equal { get; } = new(CandleRangeType.HighLow, 5, 0.05);
}
