using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Outcomes;

namespace MexcTrader.Core.Decisions.Aggregation;

/// <summary>What the aggregator reads for one active pair.</summary>
/// <param name="LatestSignals">The newest signal of each agent on the pair.</param>
/// <param name="Accuracy">Agents' measured accuracy; a per-pair entry wins over an all-pairs one (Symbol null).</param>
public sealed record PairInput(
    PairState State,
    IReadOnlyList<Signal> LatestSignals,
    IReadOnlyList<AgentAccuracy> Accuracy
);
