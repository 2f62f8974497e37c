using MexcTrader.Core.Decisions;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Risk;

/// <summary>The risk module's last word on one decision (design.md §3): nothing reaches execution without one.</summary>
/// <param name="Quantity">Final base quantity, rounded down to the pair's step; 0 when rejected or for a HOLD.</param>
/// <param name="ReferencePrice">The price the quantity was sized at (last close, to the tick).</param>
/// <param name="Exits">Stop-loss, take-profit and trailing stop attached to an entry; null for other actions.</param>
/// <param name="Reasons">Reason codes (<see cref="RiskReasons"/>): why it was resized or rejected, or what applied.</param>
/// <param name="Limits">The limit values the module compared against, for the UI and the record.</param>
public sealed record RiskVerdict(
    string DecisionId,
    Symbol Symbol,
    DecisionAction Action,
    RiskOutcome Outcome,
    decimal Quantity,
    decimal ReferencePrice,
    ExitLevels? Exits,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<LimitSeen> Limits
)
{
    /// <summary>True when the verdict asks execution to place an order.</summary>
    public bool IsExecutable => Outcome != RiskOutcome.Rejected && Action != DecisionAction.Hold && Quantity > 0;

    public decimal Notional => Quantity * ReferencePrice;
}

/// <summary>Protective levels attached to an entry, in quote price units, to the tick.</summary>
/// <param name="TrailingDistance">Distance the trailing stop keeps below the highest price since entry.</param>
public sealed record ExitLevels(decimal StopLoss, decimal TakeProfit, decimal TrailingDistance);

/// <summary>One limit as the module saw it: its configured value and the value it was compared with.</summary>
public readonly record struct LimitSeen(string Name, decimal Limit, decimal Actual);
