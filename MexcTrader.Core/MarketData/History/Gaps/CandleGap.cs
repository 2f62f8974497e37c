using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Gaps;

/// <summary>A run of consecutive missing candles on the interval's grid: first and last missing open time, inclusive.</summary>
public sealed record CandleGap(Symbol Symbol, Interval Interval, DateTimeOffset First, DateTimeOffset Last, long Count)
{
    /// <summary>The range [First, after Last) that the gap covers, for re-detection after a back-fill.</summary>
    public CandleRange Range => new(Symbol, Interval, First, Interval.NextOpen(Last));

    /// <summary>The candles missing between two present ones (open times), or null when they are neighbours.</summary>
    public static CandleGap? Between(
        Symbol symbol,
        Interval interval,
        DateTimeOffset present,
        DateTimeOffset nextPresent
    )
    {
        var first = interval.NextOpen(present);
        var count = IntervalGrid.CountBetween(interval, first, nextPresent);
        return count == 0
            ? null
            : new CandleGap(symbol, interval, first, IntervalGrid.PreviousOpen(interval, nextPresent), count);
    }
}
