namespace MexcTrader.Core.Decisions.Llm.Health;

/// <summary>The LLM's health as the UI shows it: breaker state, the day's spend and the window's figures.</summary>
/// <param name="TripCode">Why the breaker is open (<see cref="LlmBreakerCodes"/>), null while closed.</param>
/// <param name="LatencyPercentile">The configured latency percentile over the window, null before any call.</param>
public sealed record LlmHealthStatus(
    bool Enabled,
    bool BreakerOpen,
    string? TripCode,
    string? TripDetail,
    DateTimeOffset? TrippedAt,
    decimal SpentTodayUsd,
    decimal DailyBudgetUsd,
    int CallsInWindow,
    double FailureRate,
    TimeSpan? LatencyPercentile
);

/// <summary>Why the LLM breaker opened.</summary>
public static class LlmBreakerCodes
{
    public const string Budget = "llm.breaker.budget";
    public const string Latency = "llm.breaker.latency";
    public const string FailureRate = "llm.breaker.failure-rate";
}
