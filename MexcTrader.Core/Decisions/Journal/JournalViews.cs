using MexcTrader.Core.Decisions.Engines;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Decisions.Journal;

/// <summary>One recorded cycle as read back: what the engine saw, what it decided and what risk made of it.</summary>
/// <param name="Records">Per-pair decisions with their verdicts, in the engine's order.</param>
public sealed record JournalCycle(
    long CycleId,
    DateTimeOffset Time,
    string EngineId,
    string? Model,
    string? PromptVersion,
    string? InputHash,
    long? LlmCallId,
    SnapshotSummary Snapshot,
    IReadOnlyList<JournalRejection> Rejections,
    IReadOnlyList<string> Notes,
    IReadOnlyList<JournalDecision> Records
)
{
    /// <summary>True when the fallback engine decided this cycle (its notes say so): the timeline highlights it.</summary>
    public bool FellBack => Notes.Any(IsEngineSwitch);

    /// <summary>Notes of <see cref="FallbackDecisionEngine"/> about falling back or switching back.</summary>
    public static bool IsEngineSwitch(string note) =>
        note.StartsWith(FallbackDecisionEngine.FallbackNote, StringComparison.Ordinal)
        || note.StartsWith(FallbackDecisionEngine.SwitchedToFallbackNote, StringComparison.Ordinal)
        || note.StartsWith(FallbackDecisionEngine.SwitchedBackNote, StringComparison.Ordinal);
}

/// <summary>A refused piece of engine output as stored.</summary>
public sealed record JournalRejection(string? Symbol, string Code, string Detail);

/// <summary>One pair's decision and verdict as stored.</summary>
public sealed record JournalDecision(
    string DecisionId,
    string Symbol,
    DecisionAction Action,
    RiskOutcome Outcome,
    decimal Quantity,
    decimal ReferencePrice,
    ExitLevels? Exits,
    double Confidence,
    string Reasoning,
    IReadOnlyList<AlternativeConsidered> Alternatives,
    IReadOnlyList<string> RiskReasons,
    IReadOnlyList<LimitSeen> Limits
);

/// <summary>A risk event as stored, with the cycle that raised it.</summary>
public sealed record JournalRiskEvent(
    long Id,
    long CycleId,
    DateTimeOffset Time,
    RiskEventKind Kind,
    string Breaker,
    string? Symbol,
    TradingState State,
    string Detail
);

/// <summary>A timeline page, newest first.</summary>
/// <param name="Total">Cycles matching the filter over all pages.</param>
public sealed record JournalPage(int Total, IReadOnlyList<JournalCycle> Items);

/// <summary>Timeline filters; null means any. <paramref name="To"/> is exclusive.</summary>
/// <param name="Page">Zero-based page number.</param>
public sealed record JournalQuery(
    string? Symbol = null,
    string? EngineId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    RiskOutcome? Outcome = null,
    int Page = 0,
    int PageSize = 20
);

/// <summary>Risk-event filters, newest first; <paramref name="To"/> is exclusive.</summary>
public sealed record RiskEventQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Breaker = null,
    int Limit = 100
);

/// <summary>Reading back what <see cref="IDecisionJournal"/> recorded.</summary>
public interface IDecisionJournalReader
{
    Task<JournalPage> QueryAsync(JournalQuery query, CancellationToken cancellationToken);

    Task<JournalCycle?> GetCycleAsync(long cycleId, CancellationToken cancellationToken);

    Task<IReadOnlyList<JournalRiskEvent>> RiskEventsAsync(RiskEventQuery query, CancellationToken cancellationToken);
}
