namespace MexcTrader.Core.Indicators.Patterns;

/// <summary>
/// TA-Lib's rolling "period total" behind a candle average: the sum of a setting's range over the
/// <c>AvgPeriod</c> candles before the candle <c>shift</c> places back, summed and rolled in TA-Lib's order
/// (initial sum oldest first; then add the newest and subtract the trailing one after each evaluation).
/// </summary>
internal sealed class PeriodTotal(CandleSetting setting, int shift)
{
    private double _total;

    /// <summary>First evaluation: sum the ranges of the candles in the window, oldest first.</summary>
    public void Start(CandleWindow candles)
    {
        _total = 0;
        for (var back = shift + setting.AvgPeriod; back > shift; back--)
        {
            _total += candles.Range(setting.RangeType, back);
        }
    }

    /// <summary>After an evaluation: slide the window one candle forward.</summary>
    public void Advance(CandleWindow candles) =>
        _total += candles.Range(setting.RangeType, shift) - candles.Range(setting.RangeType, shift + setting.AvgPeriod);

    /// <summary>TA_CANDLEAVERAGE for the candle <c>shift</c> places back.</summary>
    public double Average(CandleWindow candles)
    {
        var average =
            setting.Factor
            * (setting.AvgPeriod != 0 ? _total / setting.AvgPeriod : candles.Range(setting.RangeType, shift));
        return average / (setting.RangeType == CandleRangeType.Shadows ? 2.0 : 1.0);
    }
}
