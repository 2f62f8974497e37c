namespace MexcTrader.Core.Decisions.Llm.Parsing;

/// <summary>A validated answer: a decision for every pair of the snapshot (HOLD where refused) and what was refused.</summary>
public sealed record LlmAnswer(IReadOnlyList<Decision> Decisions, IReadOnlyList<DecisionRejection> Rejections);
