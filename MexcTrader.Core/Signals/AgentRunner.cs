using System.Collections.Concurrent;

namespace MexcTrader.Core.Signals;

/// <summary>
/// Runs agents for many pairs at once: pairs in parallel, each agent evaluation on its own task with a timeout, so a
/// slow or throwing agent (or pair) costs only its own signal, recorded as an <see cref="AgentFault"/>.
/// </summary>
public sealed class AgentRunner(TimeProvider clock, TimeSpan evaluationTimeout)
{
    public TimeSpan EvaluationTimeout { get; } =
        evaluationTimeout > TimeSpan.Zero
            ? evaluationTimeout
            : throw new ArgumentOutOfRangeException(nameof(evaluationTimeout), "Must be positive.");

    /// <summary>Adds each update's candle to its pair, then evaluates that pair's agents.</summary>
    public async Task<AgentRunResult> RunAsync(IReadOnlyList<PairUpdate> updates, CancellationToken ct)
    {
        var signals = new ConcurrentBag<Signal>();
        var faults = new ConcurrentBag<AgentFault>();
        await Task.WhenAll(updates.Select(u => Task.Run(() => RunPairAsync(u, signals, faults, ct), ct)))
            .ConfigureAwait(false);
        return new AgentRunResult(
            [
                .. signals
                    .OrderBy(s => s.Symbol.Value, StringComparer.Ordinal)
                    .ThenBy(s => s.AgentId, StringComparer.Ordinal),
            ],
            [
                .. faults
                    .OrderBy(f => f.Symbol.Value, StringComparer.Ordinal)
                    .ThenBy(f => f.AgentId, StringComparer.Ordinal),
            ]
        );
    }

    private async Task RunPairAsync(
        PairUpdate update,
        ConcurrentBag<Signal> signals,
        ConcurrentBag<AgentFault> faults,
        CancellationToken ct
    )
    {
        var pair = update.Pair;
        pair.State.Add(update.Bar);
        var evaluations = new Task[pair.Agents.Count];
        for (var i = 0; i < evaluations.Length; i++)
        {
            evaluations[i] = EvaluateAsync(pair, i, signals, faults, ct);
        }
        await Task.WhenAll(evaluations).ConfigureAwait(false);
    }

    private async Task EvaluateAsync(
        PairAgents pair,
        int index,
        ConcurrentBag<Signal> signals,
        ConcurrentBag<AgentFault> faults,
        CancellationToken ct
    )
    {
        var agent = pair.Agents[index];
        if (pair.IsBusy(index))
        {
            faults.Add(Fault(pair, agent, AgentFaultKind.StillBusy, "previous evaluation has not finished"));
            return;
        }
        // The timeout counts the agent's own running time, not a wait for a pool thread that blocked agents hold.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var evaluation = Task.Run(
            () =>
            {
                started.SetResult();
                return agent.Evaluate(pair.State);
            },
            CancellationToken.None
        );
        pair.MarkRunning(index, evaluation);
        try
        {
            await started.Task.WaitAsync(ct).ConfigureAwait(false);
            var signal = await evaluation.WaitAsync(EvaluationTimeout, clock, ct).ConfigureAwait(false);
            if (signal is null)
            {
                return;
            }
            var valid = SignalSchema.Validate(signal);
            if (valid.IsSuccess)
            {
                signals.Add(signal);
            }
            else
            {
                faults.Add(Fault(pair, agent, AgentFaultKind.InvalidSignal, valid.Failure.Message));
            }
        }
        catch (TimeoutException)
        {
            faults.Add(Fault(pair, agent, AgentFaultKind.TimedOut, $"no answer within {EvaluationTimeout}"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            faults.Add(Fault(pair, agent, AgentFaultKind.Threw, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private AgentFault Fault(PairAgents pair, ISignalAgent agent, AgentFaultKind kind, string message) =>
        new(pair.State.Symbol, agent.Id, agent.Version, clock.GetUtcNow(), kind, message);
}
