namespace MexcTrader.Core.Signals;

/// <summary>What one round of agent evaluations produced: valid signals and the faults recorded instead.</summary>
public sealed record AgentRunResult(IReadOnlyList<Signal> Signals, IReadOnlyList<AgentFault> Faults);

/// <summary>A closed candle for one pair.</summary>
public sealed record PairUpdate(PairAgents Pair, Bar Bar);
