using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Snapshot;

namespace MexcTrader.Core.Decisions.Journal;

/// <summary>
/// Where every decision cycle is kept: the snapshot it saw, the engine's output (decisions, rejections, notes such as a
/// fallback switch), each risk verdict and the risk events. The Decisions page reads it back as the reasoning timeline.
/// </summary>
public interface IDecisionJournal
{
    /// <summary>Stores one cycle; recording the same cycle id twice keeps the first (replays and restarts are safe).</summary>
    Task RecordAsync(MarketSnapshot snapshot, CycleOutcome outcome, CancellationToken cancellationToken);
}
