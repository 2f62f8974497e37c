using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals;

/// <summary>One agent's view of one pair at one moment (JSON contract: <see cref="SignalSchema"/>).</summary>
/// <param name="Time">When the view was formed: the close time of the candle it was computed on, UTC.</param>
/// <param name="Score">−1 (sell) … +1 (buy).</param>
/// <param name="Confidence">0 … 1.</param>
/// <param name="Horizon">How long after <paramref name="Time"/> the view is meant to hold; outcomes are scored then.</param>
/// <param name="Features">The numbers behind the view (indicator values, events as ±1).</param>
public sealed record Signal(
    Symbol Symbol,
    string AgentId,
    int AgentVersion,
    DateTimeOffset Time,
    double Score,
    double Confidence,
    TimeSpan Horizon,
    string Rationale,
    IReadOnlyDictionary<string, double> Features
);
