using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.MarketData.History;

/// <summary>Reads stored candles in windows (never the whole table), for the UI, the API and backtests.</summary>
public sealed class CandleReader(IDbContextFactory<TradingDbContext> contexts)
{
    /// <summary>At most <paramref name="limit"/> candles of the range, oldest first, starting at the range's From.</summary>
    public async Task<IReadOnlyList<Candle>> ReadAsync(CandleRange range, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db
            .Candles.AsNoTracking()
            .Where(c =>
                c.Symbol == range.Symbol
                && c.Interval == range.Interval
                && c.OpenTime >= range.From
                && c.OpenTime < range.To
            )
            .OrderBy(c => c.OpenTime)
            .Take(limit)
            .ToListAsync(ct)
            .ConfigureAwait(false);
    }

    /// <summary>The newest <paramref name="limit"/> candles up to (excluding) <paramref name="before"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Candle>> ReadLatestAsync(
        Symbol symbol,
        Interval interval,
        DateTimeOffset before,
        int limit,
        CancellationToken ct
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var newestFirst = await db
            .Candles.AsNoTracking()
            .Where(c => c.Symbol == symbol && c.Interval == interval && c.OpenTime < before)
            .OrderByDescending(c => c.OpenTime)
            .Take(limit)
            .ToListAsync(ct)
            .ConfigureAwait(false);
        newestFirst.Reverse();
        return newestFirst;
    }

    /// <summary>Every (symbol, interval) series the store holds, with counts and bounds.</summary>
    public async Task<IReadOnlyList<CandleSeriesInfo>> ListSeriesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db
            .Candles.AsNoTracking()
            .GroupBy(c => new { c.Symbol, c.Interval })
            .Select(g => new
            {
                g.Key.Symbol,
                g.Key.Interval,
                Count = g.LongCount(),
                First = g.Min(c => c.OpenTime),
                Last = g.Max(c => c.OpenTime),
            })
            .ToListAsync(ct)
            .ConfigureAwait(false);
        return
        [
            .. rows.Select(r => new CandleSeriesInfo(r.Symbol, r.Interval, r.Count, r.First, r.Last))
                .OrderBy(s => s.Symbol.Value)
                .ThenBy(s => s.Interval),
        ];
    }

    public async Task<long> CountAsync(Symbol symbol, Interval interval, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db
            .Candles.Where(c => c.Symbol == symbol && c.Interval == interval)
            .LongCountAsync(ct)
            .ConfigureAwait(false);
    }
}
