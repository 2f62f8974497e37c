using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions;

/// <summary>
/// Engine output that was refused before it could become a decision (malformed, unknown symbol, out of range,
/// refusal, truncation, timeout, budget…). The pair it concerns gets a HOLD; the rejection is recorded and shown.
/// </summary>
/// <param name="Symbol">The pair concerned, or null when the whole answer was refused.</param>
/// <param name="Code">Stable reason code such as <c>llm.malformed-json</c>.</param>
public sealed record DecisionRejection(Symbol? Symbol, string Code, string Detail);
