using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Outcomes;

namespace MexcTrader.Core.Decisions.Aggregation;

/// <summary>
/// Builds one <see cref="MarketSnapshot"/> per cycle for all active pairs: a price summary and indicator values
/// (streaming, O(1) per pair), each agent's latest signal with its accuracy, the caller's portfolio, and cross-pair
/// return correlations. Reuses its buffers between cycles: one instance per decision loop, not thread-safe.
/// </summary>
public sealed class SnapshotAggregator
{
    private readonly AggregatorOptions _options;
    private readonly string _featureKey;
    private readonly TimeProvider _time;
    private readonly ReturnCorrelations _correlations;
    private readonly Dictionary<Domain.Symbol, SignalViews> _views = [];
    private SymbolIndex _index = SymbolIndex.Of([]);

    public SnapshotAggregator(AggregatorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid aggregator options: " + string.Join(" ", problems), nameof(options));
        }
        _options = options;
        _featureKey = SnapshotIndicators.KeyFor(options);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _correlations = new ReturnCorrelations(options.CorrelationWindow, options.MinCorrelationReturns);
    }

    public MarketSnapshot Build(IReadOnlyList<PairInput> pairs, PortfolioSnapshot portfolio)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(portfolio);
        var now = _time.GetUtcNow();
        var snapshots = new PairSnapshot[pairs.Count];
        var states = new PairState[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var input = pairs[i];
            states[i] = input.State;
            snapshots[i] = Pair(input);
        }
        var index = IndexFor(states);
        return new MarketSnapshot(
            MarketSnapshotSchema.Version,
            DecisionIds.CycleOf(now),
            now,
            snapshots,
            portfolio,
            _correlations.Compute(states, index)
        );
    }

    private PairSnapshot Pair(PairInput input)
    {
        var state = input.State;
        if (state.Count == 0)
        {
            throw new ArgumentException(
                $"{state.Symbol} has no candle yet; only warm pairs are active.",
                nameof(input)
            );
        }
        var indicators = SnapshotIndicators.For(state, _options, _featureKey);
        var last = state.Last;
        var held = (int)Math.Min(state.Count, state.Capacity);
        var atr = indicators.Atr;
        var price = new PriceSummary(
            (decimal)last.Close,
            state.Now,
            ReturnOver(state, 1, held),
            ReturnOver(state, _options.ShortWindow, held),
            ReturnOver(state, _options.LongWindow, held),
            indicators.High,
            indicators.Low,
            double.IsFinite(atr) && last.Close > 0 ? atr / last.Close : 0,
            indicators.VolumeMean is > 0 and var mean ? last.Volume / mean : 0
        );
        return new PairSnapshot(
            state.Symbol,
            price,
            new FeatureDictionary(indicators.Keys, indicators.Values()),
            Views(input)
        );
    }

    private static double ReturnOver(PairState state, int candles, int held)
    {
        var back = Math.Min(candles, held - 1);
        var then = back > 0 ? state[back].Close : 0;
        return then > 0 ? state.Last.Close / then - 1 : 0;
    }

    /// <summary>Signal views, reused while the pair's signal and accuracy lists are the same instances.</summary>
    private AgentSignalView[] Views(PairInput input)
    {
        if (
            _views.TryGetValue(input.State.Symbol, out var cached)
            && ReferenceEquals(cached.Signals, input.LatestSignals)
            && ReferenceEquals(cached.Accuracy, input.Accuracy)
        )
        {
            return cached.Views;
        }
        var views = new AgentSignalView[input.LatestSignals.Count];
        for (var i = 0; i < views.Length; i++)
        {
            var signal = input.LatestSignals[i];
            var accuracy = AccuracyOf(input.Accuracy, signal);
            views[i] = new AgentSignalView(
                signal.AgentId,
                signal.AgentVersion,
                signal.Time,
                signal.Score,
                signal.Confidence,
                signal.Rationale,
                accuracy?.HitRate ?? double.NaN,
                accuracy?.Scored ?? 0
            );
        }
        _views[input.State.Symbol] = new SignalViews(input.LatestSignals, input.Accuracy, views);
        return views;
    }

    private static AgentAccuracy? AccuracyOf(IReadOnlyList<AgentAccuracy> accuracy, Signal signal)
    {
        AgentAccuracy? overall = null;
        foreach (var a in accuracy)
        {
            if (!string.Equals(a.AgentId, signal.AgentId, StringComparison.Ordinal))
            {
                continue;
            }
            if (a.Symbol == signal.Symbol)
            {
                return a;
            }
            overall ??= a.Symbol is null ? a : null;
        }
        return overall;
    }

    private SymbolIndex IndexFor(PairState[] states)
    {
        var same = _index.Count == states.Length;
        for (var i = 0; same && i < states.Length; i++)
        {
            same = string.Equals(_index.Symbols[i], states[i].Symbol.Value, StringComparison.Ordinal);
        }
        if (!same)
        {
            var index = SymbolIndex.Of([.. states.Select(s => s.Symbol.Value)]);
            if (index.HasDuplicates)
            {
                throw new ArgumentException("A pair appears twice among the active pairs.", nameof(states));
            }
            _index = index;
        }
        return _index;
    }

    private sealed record SignalViews(
        IReadOnlyList<Signal> Signals,
        IReadOnlyList<AgentAccuracy> Accuracy,
        AgentSignalView[] Views
    );
}
