namespace MexcTrader.Core.Decisions.Llm;

/// <summary>Stable reason codes of everything the LLM engine refuses; each one ends in a HOLD, never a trade.</summary>
public static class LlmRejections
{
    public const string MalformedJson = "llm.malformed-json";
    public const string UnknownSymbol = "llm.unknown-symbol";
    public const string InvalidAction = "llm.invalid-action";
    public const string OutOfRange = "llm.out-of-range";
    public const string DuplicateSymbol = "llm.duplicate-symbol";
    public const string MissingPair = "llm.missing-pair";
    public const string Refusal = "llm.refusal";
    public const string Truncated = "llm.truncated";
    public const string Timeout = "llm.timeout";
    public const string RateLimited = "llm.rate-limited";
    public const string HttpError = "llm.http-error";
    public const string BadResponse = "llm.bad-response";
    public const string BudgetExceeded = "llm.budget-exceeded";
    public const string ReplayMissing = "llm.replay-missing";
    public const string NoApiKey = "llm.no-api-key";
    public const string Disabled = "llm.disabled";

    /// <summary>Call outcome of a usable answer (per-pair refusals may still follow).</summary>
    public const string Ok = "ok";

    /// <summary>Failures worth one more try: the next answer may well be fine.</summary>
    public static bool IsRetryable(string code) =>
        code is MalformedJson or Truncated or Timeout or RateLimited or HttpError or BadResponse;

    /// <summary>Failures that count against the LLM's health (a missing key too: the fallback must take over);
    /// budget and replay misses say nothing about the endpoint.</summary>
    public static bool CountsAsFailure(string code) =>
        code is MalformedJson or Refusal or Truncated or Timeout or RateLimited or HttpError or BadResponse or NoApiKey;
}
