namespace MexcTrader.Core.Risk.Settings;

/// <summary>Limits over the whole account. Fractions are of equity; 0 switches an optional limit off.</summary>
public sealed record PortfolioLimits
{
    /// <summary>Largest total market value of open positions.</summary>
    public double MaxExposure { get; init; } = 0.8;

    public int MaxOpenPositions { get; init; } = 8;

    /// <summary>Largest return correlation of a new entry with any open position; 1 = off.</summary>
    public double MaxCorrelation { get; init; } = 0.85;

    public CorrelationMode CorrelationMode { get; init; } = CorrelationMode.Reject;

    /// <summary>Drawdown from the equity peak that halts all trading until reset by hand.</summary>
    public double MaxDrawdown { get; init; } = 0.2;

    /// <summary>Loss since the UTC day began that allows only exits until the next UTC day.</summary>
    public double DailyLossLimit { get; init; } = 0.05;

    /// <summary>No new entry in a pair for this long after a stop-out there.</summary>
    public TimeSpan StopOutCooldown { get; init; } = TimeSpan.FromHours(4);

    /// <summary>Share of cash never spent by entries, kept for fees and rounding.</summary>
    public double CashReserve { get; init; } = 0.002;
}
