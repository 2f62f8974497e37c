namespace MexcTrader.Core.Risk;

/// <summary>What the risk module did with a decision.</summary>
public enum RiskOutcome
{
    /// <summary>Allowed as asked (a HOLD is approved with quantity 0; rounding down to the step is not a resize).</summary>
    Approved,

    /// <summary>Allowed with a smaller quantity because a limit bound.</summary>
    Resized,

    /// <summary>Refused; nothing may be sent.</summary>
    Rejected,
}
