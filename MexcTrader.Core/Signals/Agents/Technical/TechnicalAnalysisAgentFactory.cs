using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>Builds a <see cref="TechnicalAnalysisAgent"/> for a pair from that pair's stored settings.</summary>
public sealed class TechnicalAnalysisAgentFactory : ISignalAgentFactory
{
    public string Id => TechnicalAnalysisAgent.AgentId;

    public Result<ISignalAgent> Create(PairState state, IReadOnlyDictionary<string, string> settings)
    {
        var parameters = AgentParameters.Bind<TechnicalParameters>(settings);
        return parameters.IsSuccess
            ? Result.Ok<ISignalAgent>(new TechnicalAnalysisAgent(state, parameters.Value))
            : Result.Fail<ISignalAgent>(parameters.Failure);
    }
}
