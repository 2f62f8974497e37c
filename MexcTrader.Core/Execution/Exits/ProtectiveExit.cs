using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Execution.Exits;

/// <summary>
/// Emulated stop-loss, take-profit and trailing stop for one pair's position (MEXC spot has no stop orders).
/// One per pair: a later entry re-arms it with that entry's levels.
/// </summary>
/// <param name="DecisionId">The entry decision that armed it; the exit order's id derives from it.</param>
/// <param name="StopLoss">Sell when the price falls to or below this; 0 = none.</param>
/// <param name="TakeProfit">Sell when the price rises to or above this; 0 = none.</param>
/// <param name="TrailingDistance">Sell when the price falls this far below <paramref name="HighestPrice"/>; 0 = none.</param>
/// <param name="HighestPrice">Highest price seen since armed (the trailing anchor).</param>
/// <param name="FiredAt">Set once fired; a fired exit stays for the record and no longer watches.</param>
public sealed record ProtectiveExit(
    Symbol Symbol,
    string DecisionId,
    decimal StopLoss,
    decimal TakeProfit,
    decimal TrailingDistance,
    decimal HighestPrice,
    DateTimeOffset ArmedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FiredAt,
    string? FiredBy
)
{
    public bool IsArmed => FiredAt is null;

    /// <summary>The trailing stop's level now; 0 when there is no trailing stop.</summary>
    public decimal TrailingStop => TrailingDistance > 0 ? HighestPrice - TrailingDistance : 0;

    /// <summary>Which level the price hit, or null: stop-loss first (the worst case wins a tie).</summary>
    public string? TriggerAt(decimal price) =>
        StopLoss > 0 && price <= StopLoss ? "stop-loss"
        : TrailingStop > 0 && price <= TrailingStop ? "trailing-stop"
        : TakeProfit > 0 && price >= TakeProfit ? "take-profit"
        : null;
}
