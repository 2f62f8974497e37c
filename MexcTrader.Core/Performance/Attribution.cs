using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution;

namespace MexcTrader.Core.Performance;

/// <summary>Round-trip results grouped per pair, per decision engine and per agent.</summary>
public static class Attribution
{
    public static IReadOnlyDictionary<Symbol, RoundTripStats> ByPair(IEnumerable<RoundTrip> trips) =>
        trips.GroupBy(t => t.Symbol).ToDictionary(g => g.Key, g => RoundTripStats.Of(g.Select(t => t.NetPnl)));

    /// <summary>By the engine of the order that opened each trip.</summary>
    public static IReadOnlyDictionary<string, RoundTripStats> ByEngine(
        IEnumerable<RoundTrip> trips,
        IReadOnlyDictionary<string, ExecutionOrder> orders
    ) =>
        trips
            .GroupBy(t => orders.GetValueOrDefault(t.EntryClientOrderId)?.EngineId ?? "unknown", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RoundTripStats.Of(g.Select(t => t.NetPnl)), StringComparer.Ordinal);

    /// <summary>
    /// By agent: each trip's PnL is shared among the agents behind its entry decision in proportion to their weight
    /// (<paramref name="agentsByDecision"/>: decision id → agent id → weight, e.g. |score × confidence|).
    /// </summary>
    public static IReadOnlyDictionary<string, RoundTripStats> ByAgent(
        IEnumerable<RoundTrip> trips,
        IReadOnlyDictionary<string, ExecutionOrder> orders,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> agentsByDecision
    )
    {
        ArgumentNullException.ThrowIfNull(agentsByDecision);
        var shares = new Dictionary<string, List<decimal>>(StringComparer.Ordinal);
        foreach (var trip in trips)
        {
            var decision = orders.GetValueOrDefault(trip.EntryClientOrderId)?.DecisionId;
            if (decision is null || !agentsByDecision.TryGetValue(decision, out var agents))
            {
                continue;
            }
            var total = agents.Values.Sum(Math.Abs);
            foreach (var (agent, weight) in agents)
            {
                if (total > 0)
                {
                    (shares.TryGetValue(agent, out var list) ? list : shares[agent] = []).Add(
                        trip.NetPnl * (decimal)(Math.Abs(weight) / total)
                    );
                }
            }
        }
        return shares.ToDictionary(s => s.Key, s => RoundTripStats.Of(s.Value), StringComparer.Ordinal);
    }
}
