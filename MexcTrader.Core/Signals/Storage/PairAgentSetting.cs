using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals.Storage;

/// <summary>One agent's settings for one pair: whether it runs and its parameters (name → invariant text).</summary>
public sealed class PairAgentSetting
{
    public required Symbol Symbol { get; init; }
    public required string AgentId { get; init; }
    public bool Enabled { get; set; } = true;
    public Dictionary<string, string> Parameters { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public DateTimeOffset UpdatedAt { get; set; }
}
