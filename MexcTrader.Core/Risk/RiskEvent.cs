using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Risk;

/// <summary>A breaker trip or reset, or a trading-state change: persisted and shown in the UI.</summary>
/// <param name="Breaker">Which breaker (<see cref="RiskBreakerNames"/>), or <c>trading-state</c> for a state change.</param>
/// <param name="Symbol">The pair, for per-pair breakers (cooldown, volatility halt); null otherwise.</param>
/// <param name="State">The trading state when the event was raised; a trip that changes it is followed by a
/// <see cref="RiskEventKind.StateChanged"/> event carrying the new state.</param>
public sealed record RiskEvent(
    DateTimeOffset Time,
    RiskEventKind Kind,
    string Breaker,
    Symbol? Symbol,
    TradingState State,
    string Detail
);

public enum RiskEventKind
{
    Tripped,
    Reset,
    StateChanged,
}

/// <summary>Names of the breakers on <see cref="RiskEvent"/>s.</summary>
public static class RiskBreakerNames
{
    public const string KillSwitch = "kill-switch";
    public const string MaxDrawdown = "max-drawdown";
    public const string DailyLoss = "daily-loss";
    public const string VolatilityHalt = "volatility-halt";
    public const string Cooldown = "stop-out-cooldown";
    public const string TradingState = "trading-state";
}
