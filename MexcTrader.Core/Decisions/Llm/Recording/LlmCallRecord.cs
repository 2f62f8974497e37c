namespace MexcTrader.Core.Decisions.Llm.Recording;

/// <summary>
/// One call to the LLM as it happened: what was sent, what came back, what it cost and what the engine made of it.
/// Keyed for replay by <see cref="InputHash"/>: the same input answers from here, exactly and with no network.
/// </summary>
public sealed class LlmCallRecord
{
    /// <summary>Assigned by the store.</summary>
    public long Id { get; set; }

    public long CycleId { get; init; }

    /// <summary>1 for the first call of a cycle, 2 for its retry.</summary>
    public int Attempt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>SHA-256 (hex) of everything that decides the answer: model, parameters, schema, messages, attempt.</summary>
    public required string InputHash { get; init; }

    public required string Provider { get; init; }

    public required string Model { get; init; }

    /// <summary>Such as <c>decision@v2</c>.</summary>
    public required string PromptVersion { get; init; }

    public double Temperature { get; init; }

    public int MaxOutputTokens { get; init; }

    public bool Masked { get; init; }

    /// <summary>The messages sent, as a JSON array of {role, content}; never holds a key.</summary>
    public required string Request { get; init; }

    /// <summary>The answer's text, null when there was none (refusal only, timeout, HTTP error).</summary>
    public string? Response { get; init; }

    public string? Refusal { get; init; }

    public string? FinishReason { get; init; }

    public int InputTokens { get; init; }

    public int OutputTokens { get; init; }

    public double LatencyMs { get; init; }

    /// <summary>Estimated from the model's configured prices and the reported token counts.</summary>
    public decimal CostUsd { get; init; }

    /// <summary><c>ok</c>, or the rejection code that refused the whole answer (<see cref="LlmRejections"/>).</summary>
    public required string Outcome { get; init; }

    public string? OutcomeDetail { get; init; }

    /// <summary>True when no answer arrived (timeout, HTTP error): a replay reproduces the failure.</summary>
    public bool CallFailed { get; init; }
}
