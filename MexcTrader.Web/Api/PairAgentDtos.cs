using System.Text.Json.Nodes;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Storage;

namespace MexcTrader.Web.Api;

/// <summary>One agent on one pair: whether it runs, the stored settings (name → text) and every settable parameter.</summary>
public sealed record PairAgentDto(
    string AgentId,
    bool Enabled,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<AgentParameterInfo> Available,
    DateTimeOffset? UpdatedAt
)
{
    public static PairAgentDto From(PairAgentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.AgentId, view.Enabled, view.Parameters, view.Available, view.UpdatedAt?.ToUniversalTime());
    }
}

/// <summary>
/// Body of PUT /api/v1/pairs/{symbol}/agents/{agentId}; omitted fields keep their stored values. Parameters replace
/// the stored set: values as numbers, booleans or invariant text; an empty text means "use the default".
/// </summary>
public sealed record UpdatePairAgentRequest(bool? Enabled, IReadOnlyDictionary<string, JsonNode?>? Parameters);
