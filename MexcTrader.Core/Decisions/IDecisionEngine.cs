using MexcTrader.Core.Decisions.Snapshot;

namespace MexcTrader.Core.Decisions;

/// <summary>Turns one portfolio-wide snapshot into one decision per pair. Implementations never throw for bad model
/// output: they return HOLDs with rejections instead.</summary>
public interface IDecisionEngine
{
    string Id { get; }

    ValueTask<DecisionCycle> DecideAsync(MarketSnapshot snapshot, CancellationToken cancellationToken);
}
