namespace MexcTrader.Core.Decisions.Llm.Client;

/// <summary>What the endpoint answered, before any validation.</summary>
/// <param name="Content">The message text (JSON when the model complied), null when it only refused.</param>
/// <param name="Refusal">The model's refusal text, when it refused.</param>
/// <param name="FinishReason">stop, length, content_filter…, as the endpoint said.</param>
/// <param name="Model">The model the endpoint says answered.</param>
public sealed record LlmReply(
    string? Content,
    string? Refusal,
    string FinishReason,
    int InputTokens,
    int OutputTokens,
    string Model
);
