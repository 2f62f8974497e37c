using System.Collections.Immutable;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Risk;

namespace MexcTrader.Web.Engine;

/// <summary>Whether the engine (or one pair) is working: running, paused (data flows, no signals or decisions), stopped.</summary>
public enum EngineRunState
{
    Stopped,
    Starting,
    Running,
    Paused,
    Faulted,
}

/// <summary>Everything the Overview shows about the engine at one moment; replaced whole on every change.</summary>
/// <param name="Message">Why the engine is in its state (a start failure, the replay having ended), for people.</param>
public sealed record EngineView(
    EngineMode Mode,
    EngineRunState State,
    TradingState TradingState,
    string? Message,
    DateTimeOffset? StartedAt,
    ImmutableSortedDictionary<string, PairView> Pairs,
    ImmutableList<DecisionView> LatestDecisions,
    ImmutableSortedDictionary<string, BreakerView> Breakers,
    EngineCounters Counters,
    PortfolioView Portfolio
)
{
    public static EngineView Initial(EngineMode mode, PortfolioView portfolio) =>
        new(
            mode,
            EngineRunState.Stopped,
            TradingState.Active,
            null,
            null,
            ImmutableSortedDictionary.Create<string, PairView>(StringComparer.Ordinal),
            [],
            ImmutableSortedDictionary.Create<string, BreakerView>(StringComparer.Ordinal),
            new EngineCounters(0, 0, 0, 0, 0, 0),
            portfolio
        );
}

/// <summary>One pair in the engine: its state and the newest candle, signal and decision it produced.</summary>
public sealed record PairView(
    string Symbol,
    string Interval,
    EngineRunState State,
    CandleView? LastCandle,
    SignalBrief? LastSignal,
    DecisionView? LastDecision
);

public sealed record CandleView(DateTimeOffset OpenTime, decimal Close);

public sealed record SignalBrief(string AgentId, DateTimeOffset Time, double Score, double Confidence);

/// <summary>A decision as the Overview lists it, with its risk verdict.</summary>
public sealed record DecisionView(
    string DecisionId,
    long CycleId,
    DateTimeOffset Time,
    string Symbol,
    string Action,
    string Outcome,
    decimal Quantity,
    double Confidence,
    string Reasoning,
    string EngineId
);

/// <summary>The last trip or reset of one breaker (per pair for per-pair breakers).</summary>
public sealed record BreakerView(string Breaker, string? Symbol, bool Tripped, DateTimeOffset Time, string Detail);

/// <summary>Counts since the app started.</summary>
public sealed record EngineCounters(
    long Candles,
    long Signals,
    long AgentFaults,
    long Cycles,
    long Decisions,
    long CycleFailures
);

/// <summary>The account the engine trades against.</summary>
/// <param name="CashOnly">True until the execution layer supplies positions: the figures are the starting cash.</param>
public sealed record PortfolioView(
    decimal Cash,
    decimal Equity,
    decimal Exposure,
    decimal RealisedPnl,
    decimal UnrealisedPnl,
    double Drawdown,
    bool CashOnly,
    IReadOnlyList<PositionSnapshot> Positions
);
