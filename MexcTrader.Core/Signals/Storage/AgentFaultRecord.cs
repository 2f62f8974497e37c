using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals.Storage;

/// <summary>A stored <see cref="AgentFault"/>: the error an agent met instead of a signal.</summary>
public sealed class AgentFaultRecord
{
    public const int MaxMessageLength = 2000;

    public long Id { get; init; }
    public required Symbol Symbol { get; init; }
    public required string AgentId { get; init; }
    public int AgentVersion { get; init; }
    public DateTimeOffset Time { get; init; }
    public AgentFaultKind Kind { get; init; }
    public string Message { get; init; } = "";
}
