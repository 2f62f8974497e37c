namespace MexcTrader.Core.Decisions;

/// <summary>What an engine wants done with one pair. Close exits the whole position; Sell reduces it.</summary>
public enum DecisionAction
{
    Hold,
    Buy,
    Sell,
    Close,
}
