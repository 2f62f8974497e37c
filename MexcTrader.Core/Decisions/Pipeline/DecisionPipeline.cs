using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Decisions.Pipeline;

/// <summary>
/// One decision cycle: validate the snapshot, let the risk module update its breakers, ask the engine, give every
/// decision a risk verdict against a working copy of the portfolio (exits first, so they free room; then entries by
/// descending confidence, so the strongest gets capital first), and format the records. Nothing leaves without a
/// verdict. One instance per decision loop: it reuses its working portfolio, so it is not thread-safe.
/// </summary>
public sealed class DecisionPipeline(IDecisionEngine engine, RiskModule risk)
{
    private readonly WorkingPortfolio _book = new();
    private int[] _entries = [];

    public IDecisionEngine Engine => engine;

    /// <param name="rules">Exchange rules per pair; a pair without rules gets no order (rejected as not tradable).</param>
    public async ValueTask<Result<CycleOutcome>> RunAsync(
        MarketSnapshot snapshot,
        IReadOnlyDictionary<Symbol, SymbolRules> rules,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(rules);
        var valid = MarketSnapshotSchema.Validate(snapshot);
        if (!valid.IsSuccess)
        {
            return Result.Fail<CycleOutcome>(valid.Failure);
        }
        var events = risk.BeginCycle(snapshot);
        var cycle = await engine.DecideAsync(snapshot, cancellationToken).ConfigureAwait(false);
        return Result.Ok(new CycleOutcome(cycle, Judge(snapshot, cycle, rules), events));
    }

    private DecisionRecord[] Judge(
        MarketSnapshot snapshot,
        DecisionCycle cycle,
        IReadOnlyDictionary<Symbol, SymbolRules> rules
    )
    {
        _book.Reset(snapshot.Portfolio);
        var correlations = CorrelationMatrix.From(snapshot);
        var decisions = cycle.Decisions;
        var records = new DecisionRecord[decisions.Count];
        if (_entries.Length < decisions.Count)
        {
            _entries = new int[decisions.Count];
        }
        var entries = 0;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].Action == DecisionAction.Buy)
            {
                Insert(decisions, i, entries++);
                continue;
            }
            records[i] = Record(snapshot, decisions[i], i, rules, correlations);
        }
        for (var k = 0; k < entries; k++)
        {
            var i = _entries[k];
            records[i] = Record(snapshot, decisions[i], i, rules, correlations);
        }
        return records;
    }

    private DecisionRecord Record(
        MarketSnapshot snapshot,
        Decision decision,
        int position,
        IReadOnlyDictionary<Symbol, SymbolRules> rules,
        CorrelationMatrix correlations
    )
    {
        var pair = PairOf(snapshot, decision.Symbol, position);
        rules.TryGetValue(decision.Symbol, out var symbolRules);
        var verdict = risk.Evaluate(decision, pair, symbolRules, _book, correlations);
        return DecisionFormatter.Format(decision, verdict);
    }

    /// <summary>Keeps the buy indexes ordered by descending confidence (stable), without allocating.</summary>
    private void Insert(IReadOnlyList<Decision> decisions, int index, int count)
    {
        var confidence = decisions[index].Confidence;
        var at = count;
        while (at > 0 && decisions[_entries[at - 1]].Confidence < confidence)
        {
            _entries[at] = _entries[at - 1];
            at--;
        }
        _entries[at] = index;
    }

    /// <summary>Engines answer in snapshot order, so the same position is tried first.</summary>
    private static PairSnapshot? PairOf(MarketSnapshot snapshot, Symbol symbol, int position)
    {
        var pairs = snapshot.Pairs;
        if (position < pairs.Count && pairs[position].Symbol == symbol)
        {
            return pairs[position];
        }
        foreach (var pair in pairs)
        {
            if (pair.Symbol == symbol)
            {
                return pair;
            }
        }
        return null;
    }
}
