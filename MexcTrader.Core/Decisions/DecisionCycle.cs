namespace MexcTrader.Core.Decisions;

/// <summary>What one engine produced for one snapshot: a decision per active pair (HOLD where nothing is done).</summary>
/// <param name="EngineId">The engine that actually decided (after any fallback).</param>
/// <param name="Rejections">Everything refused on the way; each refused pair has a HOLD in <paramref name="Decisions"/>.</param>
/// <param name="Notes">Events worth showing with the cycle, such as a switch to the fallback engine.</param>
public sealed record DecisionCycle(
    long CycleId,
    DateTimeOffset Time,
    string EngineId,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<DecisionRejection> Rejections,
    IReadOnlyList<string> Notes
);
