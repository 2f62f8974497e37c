using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Snapshot;

namespace MexcTrader.Tests.TestKit;

/// <summary>A test-only engine: holds every pair under its own id and counts how often it was asked.</summary>
public sealed class StubDecisionEngine(string id = "stub-rules") : IDecisionEngine
{
    public string Id => id;

    public int Calls { get; private set; }

    public ValueTask<DecisionCycle> DecideAsync(MarketSnapshot snapshot, CancellationToken cancellationToken)
    {
        Calls++;
        Decision[] decisions =
        [
            .. snapshot.Pairs.Select(p => new Decision(
                DecisionIds.For(snapshot.CycleId, p.Symbol),
                snapshot.CycleId,
                snapshot.Time,
                p.Symbol,
                DecisionAction.Hold,
                null,
                0.5,
                "stub",
                [],
                id
            )),
        ];
        return ValueTask.FromResult(new DecisionCycle(snapshot.CycleId, snapshot.Time, id, decisions, [], []));
    }
}
