using System.Collections.Concurrent;
using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Snapshot;

namespace MexcTrader.Tests.Integration.Engine;

/// <summary>An in-memory decision journal for engine tests (the EF journal is built elsewhere).</summary>
public sealed class RecordingJournal : IDecisionJournal
{
    private readonly ConcurrentQueue<(MarketSnapshot Snapshot, CycleOutcome Outcome)> _cycles = new();

    public IReadOnlyList<(MarketSnapshot Snapshot, CycleOutcome Outcome)> Cycles => [.. _cycles];

    public Task RecordAsync(MarketSnapshot snapshot, CycleOutcome outcome, CancellationToken cancellationToken)
    {
        _cycles.Enqueue((snapshot, outcome));
        return Task.CompletedTask;
    }
}
