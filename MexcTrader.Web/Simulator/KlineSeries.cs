using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Web.Simulator;

/// <summary>Klines at the requested interval from the replayed candles: as they are, or merged into longer bars.</summary>
internal static class KlineSeries
{
    /// <summary>Parses a REST interval name exactly as MEXC spells it (60m, 1W, 1M; "1h" is refused like on MEXC).</summary>
    public static Interval? ParseMexc(string? code) =>
        Intervals.All.Where(i => i.ToMexcCode() == code).Select(i => (Interval?)i).FirstOrDefault();

    public static IReadOnlyList<Candle> At(IReadOnlyList<Candle> candles, Interval target)
    {
        if (candles.Count == 0 || candles[0].Interval == target)
        {
            return candles;
        }
        if (target.Length() < candles[0].Interval.Length())
        {
            return [];
        }
        return
        [
            .. candles
                .GroupBy(c => BucketOpen(c.OpenTime, target))
                .Select(g => new Candle(
                    g.First().Symbol,
                    target,
                    g.Key,
                    g.First().Open,
                    g.Max(c => c.High),
                    g.Min(c => c.Low),
                    g.Last().Close,
                    g.Sum(c => c.Volume),
                    g.Sum(QuoteVolume)
                )
                {
                    IsClosed =
                        g.All(c => c.IsClosed)
                        && target.NextOpen(g.Key) <= g.Last().Interval.NextOpen(g.Last().OpenTime),
                }),
        ];
    }

    /// <summary>Quote volume, estimated from the typical price when the source file did not carry it.</summary>
    public static decimal QuoteVolume(Candle c) =>
        c.QuoteVolume > 0 ? c.QuoteVolume : Math.Round(c.Volume * (c.High + c.Low + c.Close) / 3, 8);

    private static DateTimeOffset BucketOpen(DateTimeOffset time, Interval interval)
    {
        var utc = time.ToUniversalTime();
        return interval switch
        {
            Interval.OneMonth => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
            Interval.OneWeek => utc.Date.AddDays(-(((int)utc.DayOfWeek + 6) % 7)) is var monday
                ? new DateTimeOffset(monday, TimeSpan.Zero)
                : default,
            _ => DateTimeOffset.FromUnixTimeMilliseconds(
                utc.ToUnixTimeMilliseconds()
                    / (long)interval.Length().TotalMilliseconds
                    * (long)interval.Length().TotalMilliseconds
            ),
        };
    }
}
