namespace MexcTrader.Core.Decisions.Llm.Recording;

/// <summary>A filter over recorded calls, newest first; page on with <see cref="BeforeId"/> = the last page's NextBeforeId.</summary>
public sealed record LlmCallQuery(
    long? CycleId = null,
    string? Outcome = null,
    string? Model = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? BeforeId = null,
    int Limit = 50
);

/// <summary>One page of recorded calls; <paramref name="NextBeforeId"/> is null on the last page.</summary>
public sealed record LlmCallPage(IReadOnlyList<LlmCallRecord> Items, long? NextBeforeId);
