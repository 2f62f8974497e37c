using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Outcomes;
using MexcTrader.Core.Signals.Storage;

namespace MexcTrader.Web.Engine;

/// <summary>
/// One pair's part of the engine, on its own task: closed candles from the processing stage → the pair's state and
/// agents → recorded signals and scored outcomes → "this pair closed candle T" to the cycle coordinator. Paused: the
/// state keeps up, no agent runs. Stopped: candles are stored by the processing stage but not used.
/// </summary>
internal sealed class PairPipeline(
    PairAgents agents,
    IReadOnlyList<AgentAccuracy> accuracy,
    AgentRunner runner,
    SignalRecorder recorder,
    EngineControl control,
    EngineStatus status,
    ILogger log
)
{
    private readonly SignalOutcomeTracker _outcomes = new();
    private readonly Dictionary<string, Signal> _latest = new(StringComparer.Ordinal);
    private IReadOnlyList<Signal> _latestList = [];

    /// <summary>Held while the state changes and while a snapshot reads it.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public PairState State => agents.State;

    /// <summary>True once the pair has a candle, so that it can be part of a snapshot.</summary>
    public bool IsWarm => agents.State.Count > 0;

    public bool IsActive => control.PairState(State.Symbol) == EngineRunState.Running;

    public PairInput Input() => new(agents.State, _latestList, accuracy);

    /// <summary>Warm-up history: into the state without signals, so the agents' indicators are ready.</summary>
    public void Warm(IEnumerable<Candle> closed)
    {
        foreach (var candle in closed)
        {
            agents.State.Add(Bar.From(candle));
        }
    }

    public async Task RunAsync(
        IAsyncEnumerable<Candle> closed,
        Func<Candle, CancellationToken, ValueTask> onClosed,
        CancellationToken ct
    )
    {
        await foreach (var candle in closed.WithCancellation(ct).ConfigureAwait(false))
        {
            var state = control.PairState(State.Symbol);
            if (state == EngineRunState.Stopped || (IsWarm && candle.OpenTime <= State.Last.OpenTime))
            {
                continue;
            }
            try
            {
                await HandleAsync(candle, state == EngineRunState.Running, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // one pair's failure (database, agent bug) costs its candle, never the engine
                log.LogError(e, "Engine: candle {Symbol} {OpenTime} failed", candle.Symbol, candle.OpenTime);
                continue;
            }
            if (state == EngineRunState.Running)
            {
                await onClosed(candle, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleAsync(Candle candle, bool running, CancellationToken ct)
    {
        AgentRunResult run;
        IReadOnlyList<SignalOutcome> scored;
        await Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!running)
            {
                agents.State.Add(Bar.From(candle));
                status.CandleClosed(candle, [], 0);
                return;
            }
            run = await runner.RunAsync([new PairUpdate(agents, Bar.From(candle))], ct).ConfigureAwait(false);
            scored = _outcomes.OnCandleClosed(candle.Symbol, agents.State.Now, (double)candle.Close);
            foreach (var signal in run.Signals)
            {
                _outcomes.Track(signal, (double)candle.Close);
                _latest[signal.AgentId] = signal;
            }
            if (run.Signals.Count > 0)
            {
                _latestList = [.. _latest.Values];
            }
        }
        finally
        {
            Gate.Release();
        }
        // stored outside the gate: a snapshot need not wait for the database
        await recorder.RecordAsync([agents], run, scored, ct).ConfigureAwait(false);
        status.CandleClosed(candle, run.Signals, run.Faults.Count);
    }
}
