using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals.Outcomes;

namespace MexcTrader.Core.Signals.Storage;

/// <summary>
/// Stores what one round of agents produced (<see cref="AgentRunResult"/>) together with the outcomes the
/// <see cref="SignalOutcomeTracker"/> scored on the same candles; each signal keeps the parameters its agent ran with.
/// </summary>
public sealed class SignalRecorder(SignalStore store)
{
    /// <param name="pairs">The pairs the round ran (the runner's input), to look up each agent's parameters.</param>
    public async Task<SignalRecording> RecordAsync(
        IEnumerable<PairAgents> pairs,
        AgentRunResult run,
        IReadOnlyList<SignalOutcome> scored,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(scored);
        var parameters = new Dictionary<(Symbol, string), object>();
        foreach (var pair in pairs)
        {
            foreach (var agent in pair.Agents)
            {
                parameters[(pair.State.Symbol, agent.Id)] = agent.Parameters;
            }
        }
        if (run.Signals.Count == 0 && run.Faults.Count == 0 && scored.Count == 0)
        {
            return new SignalRecording(0, 0, 0);
        }
        var entries = run
            .Signals.Select(s => new SignalEntry(s, parameters.GetValueOrDefault((s.Symbol, s.AgentId))))
            .ToList();
        var matched = await store.AppendAsync(entries, run.Faults, scored, ct).ConfigureAwait(false);
        return new SignalRecording(entries.Count, run.Faults.Count, matched);
    }
}

/// <summary>What one recording stored: signals, faults, and outcomes that found their signal.</summary>
public sealed record SignalRecording(int Signals, int Faults, int Outcomes);
