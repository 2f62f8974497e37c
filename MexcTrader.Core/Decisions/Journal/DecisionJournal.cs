using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Decisions.Journal;

/// <summary>The journal in the database (decision_cycles, decision_records, risk_events), on both providers.</summary>
public sealed class DecisionJournal(IDbContextFactory<TradingDbContext> contexts, JournalNotifications notifications)
    : IDecisionJournal,
        IDecisionJournalReader
{
    public const int MaxPageSize = 200;

    public async Task RecordAsync(MarketSnapshot snapshot, CycleOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(outcome);
        var cycleId = outcome.Cycle.CycleId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await db.DecisionCycles.AnyAsync(c => c.CycleId == cycleId, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            var llmCallId = await db
                .LlmCalls.Where(c => c.CycleId == cycleId)
                .OrderByDescending(c => c.Id)
                .Select(c => (long?)c.Id)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            db.DecisionCycles.Add(JournalMapping.ToRow(snapshot, outcome, llmCallId));
            db.RiskEvents.AddRange(outcome.Events.Select(e => JournalMapping.ToRow(e, cycleId)));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                if (await ExistsAsync(cycleId, cancellationToken).ConfigureAwait(false))
                {
                    return; // another writer recorded the same cycle first: the first one stays
                }
                throw;
            }
        }
        await notifications.PublishAsync(cycleId).ConfigureAwait(false);
    }

    public async Task<JournalPage> QueryAsync(JournalQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var cycles = db.DecisionCycles.AsNoTracking();
        if (query.Symbol is { } symbol)
        {
            cycles = cycles.Where(c => c.Decisions.Any(d => d.Symbol == symbol));
        }
        if (query.EngineId is { } engine)
        {
            cycles = cycles.Where(c => c.EngineId == engine);
        }
        if (query.From is { } from)
        {
            cycles = cycles.Where(c => c.Time >= from);
        }
        if (query.To is { } to)
        {
            cycles = cycles.Where(c => c.Time < to);
        }
        if (query.Outcome is { } outcome)
        {
            cycles = cycles.Where(c => c.Decisions.Any(d => d.Outcome == outcome));
        }
        var total = await cycles.CountAsync(cancellationToken).ConfigureAwait(false);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await cycles
            .OrderByDescending(c => c.Time)
            .ThenByDescending(c => c.CycleId)
            .Skip(Math.Max(query.Page, 0) * size)
            .Take(size)
            .Include(c => c.Decisions)
            .AsSplitQuery()
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new JournalPage(total, [.. rows.Select(JournalMapping.ToView)]);
    }

    public async Task<JournalCycle?> GetCycleAsync(long cycleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db
            .DecisionCycles.AsNoTracking()
            .Include(c => c.Decisions)
            .FirstOrDefaultAsync(c => c.CycleId == cycleId, cancellationToken)
            .ConfigureAwait(false);
        return row is null ? null : JournalMapping.ToView(row);
    }

    public async Task<IReadOnlyList<JournalRiskEvent>> RiskEventsAsync(
        RiskEventQuery query,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var events = db.RiskEvents.AsNoTracking();
        if (query.From is { } from)
        {
            events = events.Where(e => e.Time >= from);
        }
        if (query.To is { } to)
        {
            events = events.Where(e => e.Time < to);
        }
        if (query.Breaker is { } breaker)
        {
            events = events.Where(e => e.Breaker == breaker);
        }
        var rows = await events
            .OrderByDescending(e => e.Time)
            .ThenByDescending(e => e.Id)
            .Take(Math.Clamp(query.Limit, 1, 1000))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(JournalMapping.ToView)];
    }

    private async Task<bool> ExistsAsync(long cycleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.DecisionCycles.AnyAsync(c => c.CycleId == cycleId, cancellationToken).ConfigureAwait(false);
    }
}
