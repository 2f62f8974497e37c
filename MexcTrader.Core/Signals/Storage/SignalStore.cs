using System.Text.Json;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Signals.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Signals.Storage;

/// <summary>
/// Signals, their outcomes and agent faults in the database: appended in batches (one transaction each), read by
/// pair, agent and time range a page at a time (newest first), and summarised into accuracy per agent and pair.
/// </summary>
public sealed class SignalStore(IDbContextFactory<TradingDbContext> contexts)
{
    /// <summary>Stores signals, faults and the outcomes of earlier signals in one transaction.</summary>
    /// <returns>How many outcomes found their signal (an outcome of a signal never stored is skipped).</returns>
    public async Task<int> AppendAsync(
        IReadOnlyList<SignalEntry> signals,
        IReadOnlyList<AgentFault> faults,
        IReadOnlyList<SignalOutcome> outcomes,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(outcomes);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        db.Signals.AddRange(signals.Select(ToRecord));
        db.AgentFaults.AddRange(faults.Select(ToRecord));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var matched = 0;
        foreach (var outcome in outcomes)
        {
            var s = outcome.Signal;
            var time = s.Time.ToUniversalTime();
            matched += await db
                .Signals.Where(r =>
                    r.Symbol == s.Symbol
                    && r.AgentId == s.AgentId
                    && r.AgentVersion == s.AgentVersion
                    && r.Time == time
                    && r.Horizon == s.Horizon
                    && r.Return == null
                )
                .ExecuteUpdateAsync(
                    u =>
                        u.SetProperty(r => r.EntryPrice, outcome.EntryPrice)
                            .SetProperty(r => r.ExitPrice, outcome.ExitPrice)
                            .SetProperty(r => r.Return, outcome.Return)
                            .SetProperty(r => r.Hit, outcome.Hit),
                    ct
                )
                .ConfigureAwait(false);
        }
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return matched;
    }

    public async Task<SignalPage> QueryAsync(SignalQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, SignalQuery.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var filtered = Filter(db.Signals.AsNoTracking(), query.Symbol, query.AgentId, query.From, query.To);
        var total = await filtered.LongCountAsync(ct).ConfigureAwait(false);
        var rows = await filtered
            .OrderByDescending(r => r.Time)
            .ThenByDescending(r => r.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(ct)
            .ConfigureAwait(false);
        return new SignalPage([.. rows.Select(ToStored)], page, size, total);
    }

    /// <summary>
    /// Accuracy of each agent per pair, then per agent over all pairs (Symbol null), as
    /// <see cref="AgentAccuracy.Summarise"/> computes it from outcomes; counted and summed in SQL.
    /// </summary>
    public async Task<IReadOnlyList<AgentAccuracy>> AccuracyAsync(Symbol? symbol, string? agentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var perPair = await Filter(db.Signals.AsNoTracking(), symbol, agentId, null, null)
            .Where(r => r.Return != null && r.Hit != null)
            .GroupBy(r => new { r.AgentId, r.Symbol })
            .Select(g => new
            {
                g.Key.AgentId,
                g.Key.Symbol,
                Scored = g.Count(),
                Hits = g.Count(r => r.Hit == true),
                DirectionalSum = g.Sum(r =>
                    r.Score > 0 ? r.Return!.Value
                    : r.Score < 0 ? -r.Return!.Value
                    : 0
                ),
            })
            .ToListAsync(ct)
            .ConfigureAwait(false);
        var pairs = perPair.Select(p => Of(p.AgentId, p.Symbol, p.Scored, p.Hits, p.DirectionalSum));
        var overall = perPair
            .GroupBy(p => p.AgentId)
            .Select(g => Of(g.Key, null, g.Sum(p => p.Scored), g.Sum(p => p.Hits), g.Sum(p => p.DirectionalSum)));
        return
        [
            .. pairs
                .Concat(overall)
                .OrderBy(a => a.AgentId, StringComparer.Ordinal)
                .ThenBy(a => a.Symbol is null)
                .ThenBy(a => a.Symbol?.Value, StringComparer.Ordinal),
        ];
    }

    /// <summary>The newest faults, optionally of one pair and/or agent.</summary>
    public async Task<IReadOnlyList<AgentFault>> RecentFaultsAsync(
        Symbol? symbol,
        string? agentId,
        int limit,
        CancellationToken ct
    )
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var faults = db.AgentFaults.AsNoTracking();
        if (symbol is { } s)
        {
            faults = faults.Where(f => f.Symbol == s);
        }
        if (!string.IsNullOrEmpty(agentId))
        {
            faults = faults.Where(f => f.AgentId == agentId);
        }
        var rows = await faults
            .OrderByDescending(f => f.Time)
            .ThenByDescending(f => f.Id)
            .Take(Math.Clamp(limit, 1, SignalQuery.MaxPageSize))
            .ToListAsync(ct)
            .ConfigureAwait(false);
        return [.. rows.Select(f => new AgentFault(f.Symbol, f.AgentId, f.AgentVersion, f.Time, f.Kind, f.Message))];
    }

    /// <summary>The agent ids that have stored signals, for filters.</summary>
    public async Task<IReadOnlyList<string>> AgentIdsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var ids = await db.Signals.Select(s => s.AgentId).Distinct().ToListAsync(ct).ConfigureAwait(false);
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    private static IQueryable<SignalRecord> Filter(
        IQueryable<SignalRecord> signals,
        Symbol? symbol,
        string? agentId,
        DateTimeOffset? from,
        DateTimeOffset? to
    )
    {
        if (symbol is { } s)
        {
            signals = signals.Where(r => r.Symbol == s);
        }
        if (!string.IsNullOrEmpty(agentId))
        {
            signals = signals.Where(r => r.AgentId == agentId);
        }
        if (from is { } start)
        {
            var utc = start.ToUniversalTime();
            signals = signals.Where(r => r.Time >= utc);
        }
        if (to is { } end)
        {
            var utc = end.ToUniversalTime();
            signals = signals.Where(r => r.Time < utc);
        }
        return signals;
    }

    private static AgentAccuracy Of(string agentId, Symbol? symbol, int scored, int hits, double directionalSum) =>
        new(
            agentId,
            symbol,
            scored,
            hits,
            scored == 0 ? double.NaN : (double)hits / scored,
            scored == 0 ? double.NaN : directionalSum / scored
        );

    private static SignalRecord ToRecord(SignalEntry entry)
    {
        var s = entry.Signal;
        return new SignalRecord
        {
            Symbol = s.Symbol,
            AgentId = s.AgentId,
            AgentVersion = s.AgentVersion,
            Time = s.Time.ToUniversalTime(),
            Score = s.Score,
            Confidence = s.Confidence,
            Horizon = s.Horizon,
            Rationale = s.Rationale,
            FeaturesJson = JsonSerializer.Serialize(s.Features.ToDictionary(StringComparer.Ordinal)),
            ParametersJson = entry.Parameters is null
                ? "{}"
                : JsonSerializer.Serialize(entry.Parameters, entry.Parameters.GetType()),
        };
    }

    private static AgentFaultRecord ToRecord(AgentFault fault) =>
        new()
        {
            Symbol = fault.Symbol,
            AgentId = fault.AgentId,
            AgentVersion = fault.AgentVersion,
            Time = fault.Time.ToUniversalTime(),
            Kind = fault.Kind,
            Message =
                fault.Message.Length > AgentFaultRecord.MaxMessageLength
                    ? fault.Message[..AgentFaultRecord.MaxMessageLength]
                    : fault.Message,
        };

    private static StoredSignal ToStored(SignalRecord r) =>
        new(
            r.Id,
            new Signal(
                r.Symbol,
                r.AgentId,
                r.AgentVersion,
                r.Time,
                r.Score,
                r.Confidence,
                r.Horizon,
                r.Rationale,
                JsonSerializer.Deserialize<Dictionary<string, double>>(r.FeaturesJson) ?? []
            ),
            r.ParametersJson,
            r.Return is { } ret ? new StoredOutcome(r.EntryPrice ?? 0, r.ExitPrice ?? 0, ret, r.Hit) : null
        );
}
