using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Signals.Storage;

/// <summary>
/// Per-pair agent settings: read with the agent's defaults, saved only when the agent factory accepts them. A pair
/// with no stored row runs the agent enabled at its defaults.
/// </summary>
public sealed class AgentSettingsService(
    IDbContextFactory<TradingDbContext> contexts,
    SignalAgentCatalog catalog,
    TimeProvider clock
)
{
    public async Task<Result<IReadOnlyList<PairAgentView>>> ListAsync(Symbol symbol, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (!await db.TradingPairs.AnyAsync(p => p.Symbol == symbol, ct).ConfigureAwait(false))
        {
            return Result.Fail<IReadOnlyList<PairAgentView>>(PairNotFound(symbol));
        }
        var stored = await db
            .PairAgentSettings.AsNoTracking()
            .Where(s => s.Symbol == symbol)
            .ToListAsync(ct)
            .ConfigureAwait(false);
        return Result.Ok<IReadOnlyList<PairAgentView>>([
            .. catalog.Factories.Select(f => View(f, stored.Find(s => s.AgentId == f.Id))),
        ]);
    }

    public async Task<Result<PairAgentView>> GetAsync(Symbol symbol, string agentId, CancellationToken ct)
    {
        var all = await ListAsync(symbol, ct).ConfigureAwait(false);
        if (!all.IsSuccess)
        {
            return Result.Fail<PairAgentView>(all.Failure);
        }
        return all.Value.FirstOrDefault(a => a.AgentId == agentId) is { } view
            ? Result.Ok(view)
            : Result.Fail<PairAgentView>(UnknownAgent(agentId));
    }

    /// <summary>Per-field problems with <paramref name="parameters"/> (see <see cref="AgentSettingsCheck"/>); empty when valid.</summary>
    public Result<IReadOnlyDictionary<string, string>> Check(
        Symbol symbol,
        string agentId,
        IReadOnlyDictionary<string, string> parameters
    ) =>
        catalog.Find(agentId) is { } factory
            ? Result.Ok(AgentSettingsCheck.Run(factory, symbol, Normalise(parameters)))
            : Result.Fail<IReadOnlyDictionary<string, string>>(UnknownAgent(agentId));

    /// <summary>Changes what is given (null keeps the stored value); blank parameter values mean "use the default".</summary>
    public async Task<Result<PairAgentView>> SaveAsync(
        Symbol symbol,
        string agentId,
        bool? enabled,
        IReadOnlyDictionary<string, string>? parameters,
        CancellationToken ct
    )
    {
        if (catalog.Find(agentId) is not { } factory)
        {
            return Result.Fail<PairAgentView>(UnknownAgent(agentId));
        }
        var settings = parameters is null ? null : Normalise(parameters);
        if (settings is not null && AgentSettingsCheck.Run(factory, symbol, settings) is { Count: > 0 } errors)
        {
            return Result.Fail<PairAgentView>(
                AgentSettingsFailures.BadParameters,
                string.Join(" ", errors.Select(e => e.Key.Length == 0 ? e.Value : $"{e.Key}: {e.Value}"))
            );
        }
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (!await db.TradingPairs.AnyAsync(p => p.Symbol == symbol, ct).ConfigureAwait(false))
        {
            return Result.Fail<PairAgentView>(PairNotFound(symbol));
        }
        var row = await db
            .PairAgentSettings.SingleOrDefaultAsync(s => s.Symbol == symbol && s.AgentId == agentId, ct)
            .ConfigureAwait(false);
        if (row is null)
        {
            row = new PairAgentSetting { Symbol = symbol, AgentId = agentId };
            db.PairAgentSettings.Add(row);
        }
        row.Enabled = enabled ?? row.Enabled;
        if (settings is not null)
        {
            row.Parameters = new Dictionary<string, string>(settings, StringComparer.OrdinalIgnoreCase);
        }
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Result.Ok(View(factory, row));
    }

    private static Dictionary<string, string> Normalise(IReadOnlyDictionary<string, string> parameters) =>
        parameters
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key.Trim(), p => p.Value.Trim(), StringComparer.OrdinalIgnoreCase);

    private static PairAgentView View(ISignalAgentFactory factory, PairAgentSetting? row) =>
        new(
            factory.Id,
            row?.Enabled ?? true,
            row?.Parameters ?? new Dictionary<string, string>(),
            AgentParameterInfo.Describe(factory),
            row?.UpdatedAt
        );

    private static Failure PairNotFound(Symbol symbol) =>
        new(TradingPairFailures.NotFound, $"Pair {symbol} is not configured.");

    private Failure UnknownAgent(string agentId) =>
        new(AgentSettingsFailures.UnknownAgent, $"Unknown agent '{agentId}'. Known: {string.Join(", ", catalog.Ids)}.");
}
