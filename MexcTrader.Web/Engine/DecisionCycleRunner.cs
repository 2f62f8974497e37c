using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Web.Engine;

/// <summary>
/// One decision cycle over the active pairs: snapshot (read under each pair's gate), engine, risk, records, then the
/// journal, the orders and the status. In demo mode the cycle's time is the market's (the replayed candle's close), so signals
/// are judged at the age they had then, not a year later.
/// </summary>
internal sealed class DecisionCycleRunner
{
    private readonly EngineServices _s;
    private readonly DecisionPipeline _pipeline;
    private readonly IReadOnlyDictionary<Symbol, SymbolRules> _rules;
    private readonly ReplayClock? _marketClock;
    private readonly SnapshotAggregator _aggregator;
    private readonly Interval _interval;
    private readonly ILogger _log;
    private readonly SessionExecution _execution;

    public DecisionCycleRunner(
        EngineServices s,
        SessionExecution execution,
        DecisionPipeline pipeline,
        IReadOnlyDictionary<Symbol, SymbolRules> rules,
        bool marketTime,
        Interval interval,
        ILogger log
    )
    {
        _s = s;
        _execution = execution;
        _pipeline = pipeline;
        _rules = rules;
        _interval = interval;
        _log = log;
        _marketClock = marketTime ? new ReplayClock(DateTimeOffset.UnixEpoch) : null;
        _aggregator = new SnapshotAggregator(
            s.Configuration.GetSection(AggregatorOptions.SectionName).Get<AggregatorOptions>() ?? new(),
            _marketClock ?? s.Clock
        );
    }

    public async Task RunAsync(IReadOnlyList<PairPipeline> pairs, DateTimeOffset openTime, CancellationToken ct)
    {
        var active = pairs.Where(p => p.IsActive && p.IsWarm).ToList();
        if (active.Count == 0)
        {
            return;
        }
        _marketClock?.AdvanceTo(_interval.NextOpen(openTime));
        MarketSnapshot snapshot;
        var held = new List<PairPipeline>(active.Count);
        try
        {
            foreach (var pair in active)
            {
                await pair.Gate.WaitAsync(ct).ConfigureAwait(false);
                held.Add(pair);
            }
            snapshot = _aggregator.Build([.. active.Select(p => p.Input())], _execution.Snapshot(_s.Risk.State));
        }
        finally
        {
            foreach (var pair in held)
            {
                pair.Gate.Release();
            }
        }
        try
        {
            var result = await _pipeline.RunAsync(snapshot, _rules, ct).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                _log.LogWarning("Engine: cycle {Cycle} refused: {Failure}", snapshot.CycleId, result.Failure);
                _s.Status.CycleFailed($"Cycle {snapshot.CycleId} refused: {result.Failure.Message}");
                return;
            }
            if (_s.Journal is { } journal)
            {
                await journal.RecordAsync(snapshot, result.Value, ct).ConfigureAwait(false);
            }
            // recorded first, then sent: every order can be traced to its journalled decision
            await _execution.ExecuteAsync(result.Value.Records, ct).ConfigureAwait(false);
            _s.Status.Decided(result.Value, _execution.View(), _s.Risk.State);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // a failing engine or journal costs this cycle, not the engine
            _log.LogError(e, "Engine: cycle {Cycle} failed", snapshot.CycleId);
            _s.Status.CycleFailed($"Cycle {snapshot.CycleId} failed: {e.Message}");
        }
    }
}
