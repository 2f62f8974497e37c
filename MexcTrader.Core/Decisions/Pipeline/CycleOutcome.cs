using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Decisions.Pipeline;

/// <summary>One decision cycle's result: a record per decision (in the engine's order) and the risk events raised.</summary>
/// <param name="Cycle">The engine's output as it came (rejections and notes such as a fallback switch).</param>
public sealed record CycleOutcome(
    DecisionCycle Cycle,
    IReadOnlyList<DecisionRecord> Records,
    IReadOnlyList<RiskEvent> Events
);
