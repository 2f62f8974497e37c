using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Decisions.Llm.Recording;

/// <summary>Calls recorded in the database (table llm_calls), so a run can be replayed later, on any machine.</summary>
public sealed class EfLlmCallStore(IDbContextFactory<TradingDbContext> contexts) : ILlmCallStore
{
    public async Task<LlmCallRecord> AddAsync(LlmCallRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.LlmCalls.Add(record);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }

    public async Task<LlmCallRecord?> FindByHashAsync(string inputHash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db
            .LlmCalls.AsNoTracking()
            .Where(c => c.InputHash == inputHash)
            .OrderBy(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<LlmCallRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db
            .LlmCalls.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<LlmCallPage> QueryAsync(LlmCallQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await LlmCallFilter
            .Apply(db.LlmCalls.AsNoTracking(), query)
            .Take(query.Limit + 1)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return LlmCallFilter.Page(rows, query.Limit);
    }

    public async Task<decimal> SpentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // SQLite cannot sum decimals in SQL; a day's calls are few
        var costs = await db
            .LlmCalls.Where(c => c.CreatedAt >= since)
            .Select(c => c.CostUsd)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return costs.Sum();
    }
}
