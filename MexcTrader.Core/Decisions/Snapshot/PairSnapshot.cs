using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Snapshot;

/// <summary>One pair in a snapshot: a price-action summary, indicator values and each agent's latest signal.</summary>
/// <param name="Indicators">Named values such as <c>RSI(14)</c> (double, as the agents see them).</param>
public sealed record PairSnapshot(
    Symbol Symbol,
    PriceSummary Price,
    IReadOnlyDictionary<string, double> Indicators,
    IReadOnlyList<AgentSignalView> Signals
);

/// <summary>Recent price action of one pair, relative figures so that prompts can be masked.</summary>
/// <param name="Return1">Return over the last candle (0.01 = +1 %).</param>
/// <param name="ReturnShort">Return over the aggregator's short window.</param>
/// <param name="ReturnLong">Return over the aggregator's long window.</param>
/// <param name="AtrFraction">ATR as a fraction of the last close.</param>
/// <param name="VolumeRatio">Last candle's volume over the window's mean volume.</param>
public sealed record PriceSummary(
    decimal LastClose,
    DateTimeOffset LastCloseTime,
    double Return1,
    double ReturnShort,
    double ReturnLong,
    double RangeHigh,
    double RangeLow,
    double AtrFraction,
    double VolumeRatio
);

/// <summary>An agent's latest signal for the pair with that agent's measured accuracy on it (NaN when unscored).</summary>
public sealed record AgentSignalView(
    string AgentId,
    int AgentVersion,
    DateTimeOffset Time,
    double Score,
    double Confidence,
    string Rationale,
    double HitRate,
    int Scored
);
