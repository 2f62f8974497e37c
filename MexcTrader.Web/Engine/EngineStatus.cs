using System.Collections.Immutable;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Signals;

namespace MexcTrader.Web.Engine;

/// <summary>
/// The engine's state as one immutable <see cref="EngineView"/>, replaced on every change, with change notifications
/// for live pages (no Fluxor). The engine writes, pages and the API read.
/// </summary>
public sealed class EngineStatus
{
    private const int KeepDecisions = 30;
    private readonly Lock _gate = new();
    private ImmutableList<Func<Task>> _subscribers = [];

    public EngineStatus(EngineMode mode, PortfolioView portfolio) => Current = EngineView.Initial(mode, portfolio);

    public EngineView Current { get; private set; }

    public void SetState(EngineRunState state, string? message = null, DateTimeOffset? startedAt = null) =>
        Change(v =>
            v with
            {
                State = state,
                Message = message,
                StartedAt = startedAt ?? (state == EngineRunState.Stopped ? null : v.StartedAt),
            }
        );

    public void SetPair(string symbol, string interval, EngineRunState state) =>
        Change(v =>
            v with
            {
                Pairs = v.Pairs.SetItem(
                    symbol,
                    (v.Pairs.GetValueOrDefault(symbol) ?? new PairView(symbol, interval, state, null, null, null)) with
                    {
                        State = state,
                    }
                ),
            }
        );

    public void RemovePairsExcept(IReadOnlyCollection<string> symbols) =>
        Change(v => v with { Pairs = v.Pairs.RemoveRange(v.Pairs.Keys.Where(k => !symbols.Contains(k)).ToList()) });

    public void CandleClosed(Candle candle, IReadOnlyList<Signal> signals, int faults) =>
        Change(v =>
        {
            var symbol = candle.Symbol.Value;
            if (!v.Pairs.TryGetValue(symbol, out var pair))
            {
                return v;
            }
            var last = signals.Count > 0 ? signals[^1] : null;
            pair = pair with
            {
                LastCandle = new CandleView(candle.OpenTime, candle.Close),
                LastSignal = last is null
                    ? pair.LastSignal
                    : new SignalBrief(last.AgentId, last.Time, last.Score, last.Confidence),
            };
            return v with
            {
                Pairs = v.Pairs.SetItem(symbol, pair),
                Counters = v.Counters with
                {
                    Candles = v.Counters.Candles + 1,
                    Signals = v.Counters.Signals + signals.Count,
                    AgentFaults = v.Counters.AgentFaults + faults,
                },
            };
        });

    public void Decided(CycleOutcome outcome, PortfolioView portfolio, TradingState tradingState)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var views = outcome.Records.Select(View).ToList();
        Change(v =>
        {
            var pairs = v.Pairs;
            foreach (var view in views)
            {
                if (pairs.TryGetValue(view.Symbol, out var pair))
                {
                    pairs = pairs.SetItem(view.Symbol, pair with { LastDecision = view });
                }
            }
            var latest = v.LatestDecisions.InsertRange(0, views.Where(d => d.Action != "Hold"));
            if (latest.Count > KeepDecisions)
            {
                latest = latest.RemoveRange(KeepDecisions, latest.Count - KeepDecisions);
            }
            return Breakers(v, outcome.Events) with
            {
                Pairs = pairs,
                LatestDecisions = latest,
                Portfolio = portfolio,
                TradingState = tradingState,
                Counters = v.Counters with
                {
                    Cycles = v.Counters.Cycles + 1,
                    Decisions = v.Counters.Decisions + views.Count,
                },
            };
        });
    }

    public void CycleFailed(string message) =>
        Change(v =>
            v with
            {
                Message = message,
                Counters = v.Counters with { CycleFailures = v.Counters.CycleFailures + 1 },
            }
        );

    /// <summary>Breaker trips and resets from outside a cycle (the kill switch).</summary>
    public void RiskChanged(IReadOnlyList<RiskEvent> events, TradingState tradingState) =>
        Change(v => Breakers(v, events) with { TradingState = tradingState });

    public IDisposable Subscribe(Func<Task> onChange)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Add(onChange);
        }
        return new Subscription(this, onChange);
    }

    private static EngineView Breakers(EngineView view, IReadOnlyList<RiskEvent> events)
    {
        var breakers = view.Breakers;
        foreach (var e in events.Where(e => e.Breaker != RiskBreakerNames.TradingState))
        {
            var key = e.Symbol is { } symbol ? $"{e.Breaker}:{symbol.Value}" : e.Breaker;
            breakers = breakers.SetItem(
                key,
                new BreakerView(e.Breaker, e.Symbol?.Value, e.Kind == RiskEventKind.Tripped, e.Time, e.Detail)
            );
        }
        return view with { Breakers = breakers };
    }

    private static DecisionView View(DecisionRecord r) =>
        new(
            r.DecisionId,
            r.CycleId,
            r.Time,
            r.Symbol.Value,
            r.Action.ToString(),
            r.Outcome.ToString(),
            r.Quantity,
            r.Confidence,
            r.Reasoning,
            r.Metadata.EngineId
        );

    private void Change(Func<EngineView, EngineView> change)
    {
        ImmutableList<Func<Task>> subscribers;
        lock (_gate)
        {
            Current = change(Current);
            subscribers = _subscribers;
        }
        foreach (var subscriber in subscribers)
        {
            // a page's re-render must not hold up the engine
            _ = subscriber();
        }
    }

    private sealed class Subscription(EngineStatus owner, Func<Task> onChange) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._subscribers = owner._subscribers.Remove(onChange);
            }
        }
    }
}
