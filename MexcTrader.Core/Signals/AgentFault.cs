using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals;

/// <summary>Why an agent produced nothing for a pair at a moment; the other agents and pairs went on.</summary>
public sealed record AgentFault(
    Symbol Symbol,
    string AgentId,
    int AgentVersion,
    DateTimeOffset Time,
    AgentFaultKind Kind,
    string Message
);

public enum AgentFaultKind
{
    Threw,
    TimedOut,

    /// <summary>Skipped because its previous evaluation (which timed out) is still running.</summary>
    StillBusy,
    InvalidSignal,
}
