using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.Tradable;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.MarketData;

/// <summary>
/// Lists, adds, updates and removes the pairs the trader follows; a pair is added only when the exchange lets it be
/// traded through its API. Duplicates, unknown and non-tradable pairs are failures, not exceptions.
/// </summary>
public sealed class TradingPairService(
    IDbContextFactory<TradingDbContext> contexts,
    TimeProvider clock,
    ITradableSymbols tradable
)
{
    public async Task<IReadOnlyList<TradingPair>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var pairs = await db.TradingPairs.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        // Symbol is a converted value, so the sort happens here rather than in SQL.
        return [.. pairs.OrderBy(p => p.Symbol.Value, StringComparer.Ordinal)];
    }

    public async Task<Result<TradingPair>> GetAsync(Symbol symbol, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var pair = await db
            .TradingPairs.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Symbol == symbol, ct)
            .ConfigureAwait(false);
        return pair is null ? NotFound(symbol) : Result.Ok(pair);
    }

    public async Task<Result<TradingPair>> AddAsync(TradingPairDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var intervals = Normalise(draft.Intervals);
        if (!intervals.IsSuccess)
        {
            return Result.Fail<TradingPair>(intervals.Failure);
        }
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await db.TradingPairs.AnyAsync(p => p.Symbol == draft.Symbol, ct).ConfigureAwait(false))
        {
            return Exists(draft.Symbol);
        }
        var check = await tradable.CheckAsync(draft.Symbol, ct).ConfigureAwait(false);
        if (!check.IsSuccess)
        {
            return Result.Fail<TradingPair>(check.Failure);
        }
        var now = clock.GetUtcNow();
        var pair = new TradingPair
        {
            Symbol = draft.Symbol,
            Enabled = draft.Enabled,
            Intervals = intervals.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.TradingPairs.Add(pair);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // a concurrent add may have won the race between the check and the insert
            if (await ExistsAsync(draft.Symbol, ct).ConfigureAwait(false))
            {
                return Exists(draft.Symbol);
            }
            throw;
        }
        return Result.Ok(pair);
    }

    /// <summary>Changes what is given (null keeps the stored value).</summary>
    public async Task<Result<TradingPair>> UpdateAsync(
        Symbol symbol,
        bool? enabled,
        IReadOnlyCollection<Interval>? intervals,
        CancellationToken ct
    )
    {
        var normalised = intervals is null ? null : Normalise(intervals);
        if (normalised is { IsSuccess: false })
        {
            return Result.Fail<TradingPair>(normalised.Failure);
        }
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var pair = await db.TradingPairs.SingleOrDefaultAsync(p => p.Symbol == symbol, ct).ConfigureAwait(false);
        if (pair is null)
        {
            return NotFound(symbol);
        }
        pair.Enabled = enabled ?? pair.Enabled;
        pair.Intervals = normalised?.Value ?? pair.Intervals;
        pair.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Result.Ok(pair);
    }

    /// <summary>Stops following a pair (its agent settings go with it); stored candles and signals stay.</summary>
    public async Task<Result<TradingPair>> RemoveAsync(Symbol symbol, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var pair = await db.TradingPairs.SingleOrDefaultAsync(p => p.Symbol == symbol, ct).ConfigureAwait(false);
        if (pair is null)
        {
            return NotFound(symbol);
        }
        db.TradingPairs.Remove(pair);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Result.Ok(pair);
    }

    private async Task<bool> ExistsAsync(Symbol symbol, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.TradingPairs.AnyAsync(p => p.Symbol == symbol, ct).ConfigureAwait(false);
    }

    private static Result<List<Interval>> Normalise(IReadOnlyCollection<Interval> intervals) =>
        intervals.Count == 0
            ? Result.Fail<List<Interval>>(
                TradingPairFailures.NoIntervals,
                $"Give at least one interval. Supported: {Intervals.SupportedCodes}."
            )
            : Result.Ok(intervals.Distinct().Order().ToList());

    private static Result<TradingPair> NotFound(Symbol symbol) =>
        Result.Fail<TradingPair>(TradingPairFailures.NotFound, $"Pair {symbol} is not configured.");

    private static Result<TradingPair> Exists(Symbol symbol) =>
        Result.Fail<TradingPair>(TradingPairFailures.AlreadyExists, $"Pair {symbol} is already configured.");
}
