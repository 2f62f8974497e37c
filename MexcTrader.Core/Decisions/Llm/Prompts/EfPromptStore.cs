using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>Prompts in the database (table prompt_templates), one row per version.</summary>
public sealed class EfPromptStore(IDbContextFactory<TradingDbContext> contexts, TimeProvider clock) : IPromptStore
{
    public async Task<PromptTemplate> GetActiveAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var newest = await db
            .PromptTemplates.AsNoTracking()
            .Where(p => p.Id == id)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return newest
            ?? PromptFailures.Shipped(id)
            ?? throw new ArgumentException($"Unknown prompt '{id}'.", nameof(id));
    }

    public async Task<IReadOnlyList<PromptTemplate>> ListVersionsAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db
            .PromptTemplates.AsNoTracking()
            .Where(p => p.Id == id)
            .OrderByDescending(p => p.Version)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        if (PromptFailures.Shipped(id) is { } shipped)
        {
            stored.Add(shipped);
        }
        return stored;
    }

    public async Task<Result<PromptTemplate>> SaveAsync(string id, string text, CancellationToken cancellationToken)
    {
        if (PromptFailures.Check(id, text) is { } failure)
        {
            return Result.Fail<PromptTemplate>(failure);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var newest = await db
            .PromptTemplates.Where(p => p.Id == id)
            .MaxAsync(p => (int?)p.Version, cancellationToken)
            .ConfigureAwait(false);
        // (id, version) is the key: a concurrent save of the same version fails rather than overwriting
        var saved = new PromptTemplate(
            id,
            Math.Max(newest ?? 0, DefaultPrompts.Decision.Version) + 1,
            text,
            clock.GetUtcNow()
        );
        db.PromptTemplates.Add(saved);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(saved);
    }
}
