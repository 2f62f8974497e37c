namespace MexcTrader.Core.Risk;

/// <summary>Whether new risk may be taken: ACTIVE, REDUCING (exits only) or HALTED (nothing).</summary>
public enum TradingState
{
    Active,
    Reducing,
    Halted,
}
