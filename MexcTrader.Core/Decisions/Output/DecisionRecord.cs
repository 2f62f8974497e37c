using MexcTrader.Core.Domain;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Decisions.Output;

/// <summary>
/// What the execution layer consumes (JSON contract: <see cref="DecisionRecordSchema"/>): one pair's decision with
/// the risk verdict, the final quantity and exits, and where it came from. Only <see cref="IsExecutable"/> records
/// may become orders.
/// </summary>
/// <param name="Quantity">Final base quantity after risk (0 when nothing is to be done).</param>
/// <param name="ReferencePrice">Price the quantity was sized at, to the tick.</param>
/// <param name="RiskReasons">The verdict's reason codes.</param>
public sealed record DecisionRecord(
    int SchemaVersion,
    string DecisionId,
    long CycleId,
    DateTimeOffset Time,
    Symbol Symbol,
    DecisionAction Action,
    RiskOutcome Outcome,
    decimal Quantity,
    decimal ReferencePrice,
    ExitLevels? Exits,
    double Confidence,
    string Reasoning,
    IReadOnlyList<AlternativeConsidered> Alternatives,
    IReadOnlyList<string> RiskReasons,
    IReadOnlyList<LimitSeen> Limits,
    DecisionMetadata Metadata
)
{
    public bool IsExecutable => Outcome != RiskOutcome.Rejected && Action != DecisionAction.Hold && Quantity > 0;
}

/// <summary>Where a decision came from.</summary>
/// <param name="Model">The LLM that answered, null for the rule engine.</param>
/// <param name="PromptVersion">The prompt's version, null for the rule engine.</param>
/// <param name="InputHash">Hash of the engine's input when the engine computed one (the LLM engine's call key), else null.</param>
public sealed record DecisionMetadata(string EngineId, string? Model, string? PromptVersion, string? InputHash);
