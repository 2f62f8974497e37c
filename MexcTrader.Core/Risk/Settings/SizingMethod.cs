namespace MexcTrader.Core.Risk.Settings;

/// <summary>How an entry's quote value is chosen before limits apply.</summary>
public enum SizingMethod
{
    /// <summary>A fixed fraction of equity per entry (or the decision's target weight).</summary>
    FixedFraction,

    /// <summary>Equity × target volatility ÷ the pair's ATR fraction: calmer pairs get larger positions.</summary>
    VolatilityTarget,

    /// <summary>Kelly fraction from the engine's measured win rate and payoff, scaled down and capped.</summary>
    FractionalKelly,
}

/// <summary>Unit of the stop-loss, take-profit and trailing-stop distances.</summary>
public enum ExitUnit
{
    FractionOfPrice,
    AtrMultiple,
}

/// <summary>What to do with an entry correlated above the cap with an open position.</summary>
public enum CorrelationMode
{
    Reject,

    /// <summary>Shrink linearly from full size at the cap to nothing at correlation 1.</summary>
    Scale,
}
