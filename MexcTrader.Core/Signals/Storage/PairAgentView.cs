namespace MexcTrader.Core.Signals.Storage;

/// <summary>One agent on one pair as forms show it: whether it runs, the settings stored, and what can be set.</summary>
/// <param name="Parameters">Stored settings only (name → invariant text); the rest run at their defaults.</param>
/// <param name="UpdatedAt">Null while nothing was stored (the agent runs enabled with its defaults).</param>
public sealed record PairAgentView(
    string AgentId,
    bool Enabled,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<AgentParameterInfo> Available,
    DateTimeOffset? UpdatedAt
);

/// <summary>Failure codes of <see cref="AgentSettingsService"/> (the API maps them to 404 and 400).</summary>
public static class AgentSettingsFailures
{
    public const string UnknownAgent = "agent-unknown";

    /// <summary>Same code as <see cref="AgentParameters.FailureCode"/>: the factory refused the settings.</summary>
    public const string BadParameters = AgentParameters.FailureCode;
}
