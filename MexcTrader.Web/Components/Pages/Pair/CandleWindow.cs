using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;

namespace MexcTrader.Web.Components.Pages.Pair;

/// <summary>Where the Pair page's window sits in a series: the newest candles, or next to an instant.</summary>
public readonly record struct CandleWindow(CandleWindowKind Kind, DateTimeOffset Time)
{
    public static CandleWindow Newest => new(CandleWindowKind.Newest, default);

    /// <summary>The candles opening before <paramref name="time"/> (exclusive).</summary>
    public static CandleWindow EndingBefore(DateTimeOffset time) => new(CandleWindowKind.EndingBefore, time);

    /// <summary>The candles opening at or after <paramref name="time"/>.</summary>
    public static CandleWindow StartingAt(DateTimeOffset time) => new(CandleWindowKind.StartingAt, time);
}

public enum CandleWindowKind
{
    Newest,
    EndingBefore,
    StartingAt,
}

/// <summary>Reads one window of a series through <see cref="CandleReader"/>, always a full one when the series allows.</summary>
public static class CandleWindowReader
{
    public static async Task<IReadOnlyList<Candle>> ReadWindowAsync(
        this CandleReader reader,
        CandleSeriesInfo series,
        CandleWindow window,
        int size,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(series);
        // 1 ms past the newest open time: SQLite stores milliseconds, so a smaller step would exclude it
        var end = series.Last.AddMilliseconds(1);
        var candles = window.Kind switch
        {
            CandleWindowKind.StartingAt => await reader
                .ReadAsync(new CandleRange(series.Symbol, series.Interval, window.Time, end), size, ct)
                .ConfigureAwait(false),
            CandleWindowKind.EndingBefore => await reader
                .ReadLatestAsync(series.Symbol, series.Interval, window.Time < end ? window.Time : end, size, ct)
                .ConfigureAwait(false),
            _ => await reader.ReadLatestAsync(series.Symbol, series.Interval, end, size, ct).ConfigureAwait(false),
        };
        if (candles.Count >= size || series.Count <= candles.Count)
        {
            return candles;
        }
        // a short window at either end of the history is topped up to a full one from that end
        return window.Kind == CandleWindowKind.StartingAt
            ? await reader.ReadLatestAsync(series.Symbol, series.Interval, end, size, ct).ConfigureAwait(false)
            : await reader
                .ReadAsync(new CandleRange(series.Symbol, series.Interval, series.First, end), size, ct)
                .ConfigureAwait(false);
    }
}
