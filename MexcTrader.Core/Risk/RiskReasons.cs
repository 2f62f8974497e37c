namespace MexcTrader.Core.Risk;

/// <summary>Stable reason codes on verdicts and events (programs match on them; the UI translates them).</summary>
public static class RiskReasons
{
    public const string Hold = "risk.hold";
    public const string KillSwitch = "risk.kill-switch";
    public const string Halted = "risk.halted";
    public const string Reducing = "risk.reducing";
    public const string Cooldown = "risk.cooldown";
    public const string VolatilityHalt = "risk.volatility-halt";
    public const string NotTradable = "risk.not-tradable";
    public const string NoPrice = "risk.no-price";
    public const string NoPosition = "risk.no-position";
    public const string NothingToSize = "risk.size-zero";
    public const string MaxOpenPositions = "risk.max-open-positions";
    public const string MaxPositionSize = "risk.max-position-size";
    public const string MaxAllocation = "risk.max-allocation";
    public const string MaxExposure = "risk.max-exposure";
    public const string Correlation = "risk.correlation";
    public const string Cash = "risk.cash";
    public const string MaxOrderValue = "risk.max-order-value";
    public const string MinNotional = "risk.min-notional";
    public const string ExitsAttached = "risk.exits-attached";
}
