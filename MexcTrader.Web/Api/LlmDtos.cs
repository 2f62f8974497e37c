using MexcTrader.Core.Decisions.Llm.Health;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Llm.Recording;

namespace MexcTrader.Web.Api;

/// <summary>A recorded call in a list: no prompt or response text (GET /llm/calls/{id} has them).</summary>
public sealed record LlmCallSummaryDto(
    long Id,
    long CycleId,
    int Attempt,
    DateTimeOffset CreatedAt,
    string Provider,
    string Model,
    string PromptVersion,
    bool Masked,
    string Outcome,
    string? OutcomeDetail,
    string? FinishReason,
    int InputTokens,
    int OutputTokens,
    double LatencyMs,
    decimal CostUsd,
    string InputHash
)
{
    public static LlmCallSummaryDto From(LlmCallRecord c) =>
        new(
            c.Id,
            c.CycleId,
            c.Attempt,
            c.CreatedAt,
            c.Provider,
            c.Model,
            c.PromptVersion,
            c.Masked,
            c.Outcome,
            c.OutcomeDetail,
            c.FinishReason,
            c.InputTokens,
            c.OutputTokens,
            c.LatencyMs,
            c.CostUsd,
            c.InputHash
        );
}

/// <summary>One recorded call in full: parameters, the messages sent and the raw answer.</summary>
public sealed record LlmCallDto(
    LlmCallSummaryDto Call,
    double Temperature,
    int MaxOutputTokens,
    string Request,
    string? Response,
    string? Refusal,
    bool CallFailed
)
{
    public static LlmCallDto From(LlmCallRecord c) =>
        new(
            LlmCallSummaryDto.From(c),
            c.Temperature,
            c.MaxOutputTokens,
            c.Request,
            c.Response,
            c.Refusal,
            c.CallFailed
        );
}

/// <summary>A page of recorded calls, newest first; pass <paramref name="Next"/> as <c>before</c> for the next page.</summary>
public sealed record LlmCallPageDto(int Count, LlmCallSummaryDto[] Items, long? Next);

/// <summary>The LLM breakers and the day's spend.</summary>
public sealed record LlmHealthDto(
    bool Enabled,
    bool BreakerOpen,
    string? TripCode,
    string? TripDetail,
    DateTimeOffset? TrippedAt,
    decimal SpentTodayUsd,
    decimal DailyBudgetUsd,
    int CallsInWindow,
    double FailureRate,
    double? LatencyPercentileMs
)
{
    public static LlmHealthDto From(LlmHealthStatus s) =>
        new(
            s.Enabled,
            s.BreakerOpen,
            s.TripCode,
            s.TripDetail,
            s.TrippedAt,
            s.SpentTodayUsd,
            s.DailyBudgetUsd,
            s.CallsInWindow,
            s.FailureRate,
            s.LatencyPercentile?.TotalMilliseconds
        );
}

/// <summary>A prompt version.</summary>
public sealed record PromptDto(string Id, int Version, string Label, string Text, DateTimeOffset CreatedAt)
{
    public static PromptDto From(PromptTemplate p) => new(p.Id, p.Version, p.Label, p.Text, p.CreatedAt);
}

/// <summary>Body of PUT /llm/prompts/{id}: the text of the next version.</summary>
public sealed record SavePromptRequest(string? Text);
