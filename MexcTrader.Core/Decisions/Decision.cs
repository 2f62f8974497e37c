using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions;

/// <summary>One engine's decision for one pair in one cycle, before risk (design.md §3).</summary>
/// <param name="Id">Deterministic: <see cref="DecisionIds.For"/> of the cycle and symbol, so replays and order ids agree.</param>
/// <param name="TargetWeight">Wanted position as a fraction of equity (0…1), when the engine says so; risk sizes it.</param>
/// <param name="Confidence">0 … 1.</param>
/// <param name="Model">The model that answered (LLM engine), null for the rule engine.</param>
/// <param name="PromptVersion">Version of the prompt that produced it (LLM engine), null otherwise.</param>
public sealed record Decision(
    string Id,
    long CycleId,
    DateTimeOffset Time,
    Symbol Symbol,
    DecisionAction Action,
    double? TargetWeight,
    double Confidence,
    string Reasoning,
    IReadOnlyList<AlternativeConsidered> Alternatives,
    string EngineId,
    string? Model = null,
    string? PromptVersion = null
);

/// <summary>An option the engine weighed and did not take, with why.</summary>
public sealed record AlternativeConsidered(DecisionAction Action, string WhyRejected);
