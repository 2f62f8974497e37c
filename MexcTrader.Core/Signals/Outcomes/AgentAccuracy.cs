using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals.Outcomes;

/// <summary>Historical accuracy of one agent (per pair, or over all pairs when <paramref name="Symbol"/> is null).</summary>
/// <param name="Scored">Directional signals scored (neutral ones are not counted).</param>
/// <param name="HitRate">Hits / scored; NaN when nothing was scored.</param>
/// <param name="MeanDirectionalReturn">Mean return in the signals' direction.</param>
public sealed record AgentAccuracy(
    string AgentId,
    Symbol? Symbol,
    int Scored,
    int Hits,
    double HitRate,
    double MeanDirectionalReturn
)
{
    /// <summary>Per agent and pair, then per agent over all pairs (Symbol null), ordered by agent then pair.</summary>
    public static IReadOnlyList<AgentAccuracy> Summarise(IEnumerable<SignalOutcome> outcomes)
    {
        var directional = outcomes.Where(o => o.Hit is not null).ToList();
        var perPair = directional
            .GroupBy(o => (o.Signal.AgentId, o.Signal.Symbol))
            .Select(g => Of(g.Key.AgentId, g.Key.Symbol, g.ToList()));
        var overall = directional.GroupBy(o => o.Signal.AgentId).Select(g => Of(g.Key, null, g.ToList()));
        return
        [
            .. perPair
                .Concat(overall)
                .OrderBy(a => a.AgentId, StringComparer.Ordinal)
                .ThenBy(a => a.Symbol is null)
                .ThenBy(a => a.Symbol?.Value, StringComparer.Ordinal),
        ];
    }

    private static AgentAccuracy Of(string agentId, Symbol? symbol, List<SignalOutcome> outcomes)
    {
        var hits = outcomes.Count(o => o.Hit == true);
        return new AgentAccuracy(
            agentId,
            symbol,
            outcomes.Count,
            hits,
            outcomes.Count == 0 ? double.NaN : (double)hits / outcomes.Count,
            outcomes.Count == 0 ? double.NaN : outcomes.Average(o => o.DirectionalReturn)
        );
    }
}
