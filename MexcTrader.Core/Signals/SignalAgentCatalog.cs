using MexcTrader.Core.Signals.Agents.Technical;

namespace MexcTrader.Core.Signals;

/// <summary>The agents a pair can run, by id: each one's factory builds it from the pair's stored settings.</summary>
public sealed class SignalAgentCatalog(IEnumerable<ISignalAgentFactory> factories)
{
    private readonly IReadOnlyList<ISignalAgentFactory> _factories =
    [
        .. factories.OrderBy(f => f.Id, StringComparer.Ordinal),
    ];

    /// <summary>The agents the product ships.</summary>
    public static SignalAgentCatalog Default { get; } = new([new TechnicalAnalysisAgentFactory()]);

    public IReadOnlyList<ISignalAgentFactory> Factories => _factories;

    public IReadOnlyList<string> Ids => [.. _factories.Select(f => f.Id)];

    public ISignalAgentFactory? Find(string? agentId) =>
        _factories.FirstOrDefault(f => string.Equals(f.Id, agentId, StringComparison.Ordinal));
}
