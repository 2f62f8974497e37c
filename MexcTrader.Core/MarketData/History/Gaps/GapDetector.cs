using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.MarketData.History.Gaps;

/// <summary>
/// Finds missing candles of a stored series by streaming only its open times, oldest first (never a whole table in
/// memory), and comparing them with the interval's grid.
/// </summary>
public sealed class GapDetector(IDbContextFactory<TradingDbContext> contexts)
{
    /// <summary>Every run of missing open times in [range.From, range.To), oldest first.</summary>
    public async Task<IReadOnlyList<CandleGap>> FindAsync(CandleRange range, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var gaps = new List<CandleGap>();
        var interval = range.Interval;
        var expected = IntervalGrid.FirstOpenAtOrAfter(interval, range.From);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var openTimes = db
            .Candles.AsNoTracking()
            .Where(c =>
                c.Symbol == range.Symbol
                && c.Interval == range.Interval
                && c.OpenTime >= range.From
                && c.OpenTime < range.To
            )
            .OrderBy(c => c.OpenTime)
            .Select(c => c.OpenTime)
            .AsAsyncEnumerable();
        await foreach (var open in openTimes.WithCancellation(ct).ConfigureAwait(false))
        {
            if (open < expected)
            {
                continue; // off-grid rows cannot fill a grid slot
            }
            AddGap(gaps, range, expected, open);
            expected = interval.NextOpen(IntervalGrid.FirstOpenAtOrAfter(interval, open));
        }
        AddGap(gaps, range, expected, range.To);
        return gaps;
    }

    /// <summary>Gaps of the whole stored series, between its first and last stored candle.</summary>
    public Task<IReadOnlyList<CandleGap>> FindInSeriesAsync(Symbol symbol, Interval interval, CancellationToken ct) =>
        FindInSeriesAsync(symbol, interval, null, null, ct);

    /// <summary>Gaps in [from, to); a bound not given is the series' own (first stored candle, after the last one).</summary>
    public async Task<IReadOnlyList<CandleGap>> FindInSeriesAsync(
        Symbol symbol,
        Interval interval,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CancellationToken ct
    )
    {
        if (from is { } f && to is { } t)
        {
            return await FindAsync(new CandleRange(symbol, interval, f, t), ct).ConfigureAwait(false);
        }
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var series = db.Candles.Where(c => c.Symbol == symbol && c.Interval == interval);
        if (!await series.AnyAsync(ct).ConfigureAwait(false))
        {
            return [];
        }
        var first = from ?? await series.MinAsync(c => c.OpenTime, ct).ConfigureAwait(false);
        var end = to ?? interval.NextOpen(await series.MaxAsync(c => c.OpenTime, ct).ConfigureAwait(false));
        return end <= first
            ? []
            : await FindAsync(new CandleRange(symbol, interval, first, end), ct).ConfigureAwait(false);
    }

    private static void AddGap(List<CandleGap> gaps, CandleRange range, DateTimeOffset expected, DateTimeOffset upTo)
    {
        var count = IntervalGrid.CountBetween(range.Interval, expected, upTo);
        if (count == 0)
        {
            return;
        }
        var last = IntervalGrid.PreviousOpen(range.Interval, IntervalGrid.FirstOpenAtOrAfter(range.Interval, upTo));
        gaps.Add(new CandleGap(range.Symbol, range.Interval, expected, last, count));
    }
}
