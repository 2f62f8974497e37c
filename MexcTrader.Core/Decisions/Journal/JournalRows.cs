namespace MexcTrader.Core.Decisions.Journal;

/// <summary>One decision cycle as stored (table decision_cycles); the cycle id is the key, so a cycle is written once.</summary>
public sealed class CycleRow
{
    public long CycleId { get; set; }
    public DateTimeOffset Time { get; set; }
    public required string EngineId { get; set; }
    public string? Model { get; set; }
    public string? PromptVersion { get; set; }
    public string? InputHash { get; set; }

    /// <summary>The last recorded LLM call of the cycle, when the LLM was asked.</summary>
    public long? LlmCallId { get; set; }

    /// <summary><see cref="SnapshotSummary"/> as JSON.</summary>
    public required string SnapshotJson { get; set; }

    /// <summary>Rejections as a JSON array of {symbol, code, detail}.</summary>
    public required string RejectionsJson { get; set; }

    public required string NotesJson { get; set; }
    public List<DecisionRow> Decisions { get; set; } = [];
}

/// <summary>One decision with its risk verdict (table decision_records).</summary>
public sealed class DecisionRow
{
    public required string DecisionId { get; set; }
    public long CycleId { get; set; }

    /// <summary>The decision's place in the engine's answer, so a cycle reads back in the same order.</summary>
    public int Position { get; set; }

    public DateTimeOffset Time { get; set; }
    public required string Symbol { get; set; }
    public DecisionAction Action { get; set; }
    public Risk.RiskOutcome Outcome { get; set; }
    public decimal Quantity { get; set; }
    public decimal ReferencePrice { get; set; }
    public decimal? StopLoss { get; set; }
    public decimal? TakeProfit { get; set; }
    public decimal? TrailingDistance { get; set; }
    public double Confidence { get; set; }
    public required string Reasoning { get; set; }
    public required string AlternativesJson { get; set; }
    public required string RiskReasonsJson { get; set; }
    public required string LimitsJson { get; set; }
}

/// <summary>A breaker trip or reset or a trading-state change (table risk_events).</summary>
public sealed class RiskEventRow
{
    public long Id { get; set; }
    public long CycleId { get; set; }
    public DateTimeOffset Time { get; set; }
    public Risk.RiskEventKind Kind { get; set; }
    public required string Breaker { get; set; }
    public string? Symbol { get; set; }
    public Risk.TradingState State { get; set; }
    public required string Detail { get; set; }
}
