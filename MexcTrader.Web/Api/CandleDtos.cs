using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;

namespace MexcTrader.Web.Api;

/// <summary>One stored candle; prices and volumes are exact JSON numbers.</summary>
public sealed record CandleDto(
    DateTimeOffset OpenTime,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal Volume,
    decimal QuoteVolume
)
{
    public static CandleDto From(Candle c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.OpenTime.ToUniversalTime(), c.Open, c.High, c.Low, c.Close, c.Volume, c.QuoteVolume);
    }
}

/// <summary>A page of candles, oldest first; <c>next</c> is the cursor of the following page, null on the last.</summary>
/// <param name="To">The exclusive end asked for; null when open-ended.</param>
/// <param name="NextFrom">Open time of the first candle of the next page (same as passing the cursor).</param>
public sealed record CandlePage(
    string Symbol,
    string Interval,
    DateTimeOffset From,
    DateTimeOffset? To,
    int Count,
    IReadOnlyList<CandleDto> Candles,
    string? Next,
    DateTimeOffset? NextFrom
);

/// <summary>What the store holds for one (symbol, interval).</summary>
public sealed record SeriesDto(string Symbol, string Interval, long Count, DateTimeOffset First, DateTimeOffset Last)
{
    public static SeriesDto From(CandleSeriesInfo s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Symbol.Value, s.Interval.ToCode(), s.Count, s.First.ToUniversalTime(), s.Last.ToUniversalTime());
    }
}
