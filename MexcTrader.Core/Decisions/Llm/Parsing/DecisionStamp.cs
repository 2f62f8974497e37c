using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Llm.Parsing;

/// <summary>What every decision of one LLM cycle carries: cycle, time, engine, model and prompt version.</summary>
public sealed record DecisionStamp(long CycleId, DateTimeOffset Time, string Model, string PromptVersion)
{
    public static DecisionStamp For(MarketSnapshot snapshot, string model, string promptVersion)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new DecisionStamp(snapshot.CycleId, snapshot.Time, model, promptVersion);
    }

    public Decision Hold(Symbol symbol, string reasoning) => Make(symbol, DecisionAction.Hold, null, 0, reasoning, []);

    public Decision Make(
        Symbol symbol,
        DecisionAction action,
        double? targetWeight,
        double confidence,
        string reasoning,
        IReadOnlyList<AlternativeConsidered> alternatives
    ) =>
        new(
            DecisionIds.For(CycleId, symbol),
            CycleId,
            Time,
            symbol,
            action,
            targetWeight,
            confidence,
            reasoning,
            alternatives,
            LlmDecisionEngine.EngineId,
            Model,
            PromptVersion
        );

    /// <summary>HOLD for every pair of the snapshot, with the same reason.</summary>
    public IReadOnlyList<Decision> HoldAll(MarketSnapshot snapshot, string reasoning)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Pairs.Select(p => Hold(p.Symbol, reasoning))];
    }
}
