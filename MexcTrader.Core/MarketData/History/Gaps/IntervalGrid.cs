using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Gaps;

/// <summary>Steps over an interval's grid in O(1) for fixed-length intervals; months are stepped one by one.</summary>
public static class IntervalGrid
{
    /// <summary>The first open time on the grid at or after <paramref name="time"/>.</summary>
    public static DateTimeOffset FirstOpenAtOrAfter(Interval interval, DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        switch (interval)
        {
            case Interval.OneMonth:
                var month = new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
                return month < utc ? month.AddMonths(1) : month;
            case Interval.OneWeek:
                var monday = new DateTimeOffset(utc.Date.AddDays(-(((int)utc.DayOfWeek + 6) % 7)), TimeSpan.Zero);
                return monday < utc ? monday.AddDays(7) : monday;
            default:
                var length = (long)interval.Length().TotalMilliseconds;
                var ms = utc.ToUnixTimeMilliseconds();
                var floor = ms - (((ms % length) + length) % length);
                return DateTimeOffset.FromUnixTimeMilliseconds(floor < ms ? floor + length : floor);
        }
    }

    /// <summary>How many grid open times lie in [<paramref name="from"/>, <paramref name="to"/>), from an aligned start.</summary>
    public static long CountBetween(Interval interval, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return 0;
        }
        if (interval != Interval.OneMonth)
        {
            var length = interval.Length().Ticks;
            return (to - from).Ticks / length + ((to - from).Ticks % length == 0 ? 0 : 1);
        }
        var count = 0L;
        for (var t = from; t < to; t = t.AddMonths(1))
        {
            count++;
        }
        return count;
    }

    /// <summary>The grid open time just before <paramref name="open"/>, which must be aligned.</summary>
    public static DateTimeOffset PreviousOpen(Interval interval, DateTimeOffset open) =>
        interval == Interval.OneMonth ? open.AddMonths(-1) : open - interval.Length();

    /// <summary>The open time of the candle running at <paramref name="now"/>; candles before it have ended.</summary>
    public static DateTimeOffset CurrentOpen(Interval interval, DateTimeOffset now) =>
        interval.IsAligned(now) ? now : PreviousOpen(interval, FirstOpenAtOrAfter(interval, now));
}
