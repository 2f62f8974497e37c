using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals.Storage;

/// <summary>
/// A stored signal with the parameters its agent ran with and, once its horizon has passed, its outcome
/// (<see cref="Return"/> set means scored; <see cref="Hit"/> stays null for a neutral signal).
/// </summary>
public sealed class SignalRecord
{
    public long Id { get; init; }
    public required Symbol Symbol { get; init; }
    public required string AgentId { get; init; }
    public int AgentVersion { get; init; }
    public DateTimeOffset Time { get; init; }
    public double Score { get; init; }
    public double Confidence { get; init; }
    public TimeSpan Horizon { get; init; }
    public string Rationale { get; init; } = "";

    /// <summary>Feature name → value as a JSON object.</summary>
    public string FeaturesJson { get; init; } = "{}";

    /// <summary>The agent's parameters when it formed the signal, as a JSON object.</summary>
    public string ParametersJson { get; init; } = "{}";

    public double? EntryPrice { get; set; }
    public double? ExitPrice { get; set; }
    public double? Return { get; set; }
    public bool? Hit { get; set; }
}
