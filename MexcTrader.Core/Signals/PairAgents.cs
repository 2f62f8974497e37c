namespace MexcTrader.Core.Signals;

/// <summary>One pair's state and the agents bound to it, as the <see cref="AgentRunner"/> drives them.</summary>
public sealed class PairAgents(PairState state, IReadOnlyList<ISignalAgent> agents)
{
    // An evaluation abandoned after its timeout keeps running; the agent sits out until it ends.
    private readonly Task?[] _running = new Task?[agents.Count];

    public PairState State { get; } = state;
    public IReadOnlyList<ISignalAgent> Agents { get; } = agents;

    internal bool IsBusy(int agent) => _running[agent] is { IsCompleted: false };

    internal void MarkRunning(int agent, Task evaluation) => _running[agent] = evaluation;
}
