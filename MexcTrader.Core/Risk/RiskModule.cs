using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Risk.Breakers;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Core.Risk.Sizing;

namespace MexcTrader.Core.Risk;

/// <summary>
/// The deterministic last word after the decision engine: breakers and trading state once per cycle
/// (<see cref="BeginCycle"/>), then one <see cref="RiskVerdict"/> per decision (<see cref="Evaluate"/>) against a
/// <see cref="WorkingPortfolio"/> that the caller carries through the cycle. Time only from the
/// <see cref="TimeProvider"/>; safe to steer (kill switch, resets, stop-outs) from other threads.
/// </summary>
public sealed class RiskModule
{
    private readonly TimeProvider _time;
    private readonly RiskBreakers _breakers = new();
    private readonly Lock _gate = new();
    private RiskSettings _settings;

    public RiskModule(RiskSettings settings, TimeProvider time)
    {
        _settings = Checked(settings);
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public RiskSettings Settings => _settings;

    public TradingState State
    {
        get
        {
            lock (_gate)
            {
                return _breakers.State;
            }
        }
    }

    /// <summary>The engine's measured record, for fractional-Kelly sizing (null until tracking supplies one).</summary>
    public TrackRecord? TrackRecord { get; set; }

    /// <summary>Replaces the settings after validating them; invalid settings throw (validate forms first).</summary>
    public void UpdateSettings(RiskSettings settings) => _settings = Checked(settings);

    /// <summary>Day change, drawdown, daily loss, volatility halts and cooldown expiry for this cycle's snapshot.</summary>
    public IReadOnlyList<RiskEvent> BeginCycle(MarketSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var events = new List<RiskEvent>(0);
        lock (_gate)
        {
            _breakers.Update(snapshot, _settings, _time.GetUtcNow(), events);
        }
        return events;
    }

    public IReadOnlyList<RiskEvent> SetKillSwitch(bool engaged, string reason) =>
        Steer(events => _breakers.SetKillSwitch(engaged, reason, _time.GetUtcNow(), events));

    public IReadOnlyList<RiskEvent> ResetDrawdownHalt(string reason) =>
        Steer(events => _breakers.ResetDrawdown(reason, _time.GetUtcNow(), events));

    /// <summary>A protective exit fired for <paramref name="symbol"/>: no entry there until the cooldown ends.</summary>
    public IReadOnlyList<RiskEvent> ReportStopOut(Symbol symbol) =>
        Steer(events =>
            _breakers.StartCooldown(symbol, _settings.Portfolio.StopOutCooldown, _time.GetUtcNow(), events)
        );

    /// <summary>The verdict on one decision; an executable verdict is booked into <paramref name="book"/>.</summary>
    /// <param name="pair">The decision's pair in this cycle's snapshot; null when the snapshot lacks it.</param>
    /// <param name="rules">The pair's exchange rules; null when unknown.</param>
    public RiskVerdict Evaluate(
        Decision decision,
        PairSnapshot? pair,
        SymbolRules? rules,
        WorkingPortfolio book,
        CorrelationMatrix correlations
    )
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(correlations);
        if (decision.Action == DecisionAction.Hold)
        {
            return VerdictFactory.Hold(decision);
        }
        TradingState state;
        bool killSwitch;
        bool cooling;
        DateTimeOffset until;
        lock (_gate)
        {
            state = _breakers.State;
            killSwitch = _breakers.KillSwitchEngaged;
            cooling = _breakers.InCooldown(decision.Symbol, _time.GetUtcNow(), out until);
        }
        if (state == TradingState.Halted)
        {
            return VerdictFactory.Reject(decision, killSwitch ? RiskReasons.KillSwitch : RiskReasons.Halted);
        }
        if (pair is null || pair.Price.LastClose <= 0)
        {
            return VerdictFactory.Reject(decision, RiskReasons.NoPrice);
        }
        if (rules is null)
        {
            return VerdictFactory.Reject(decision, RiskReasons.NotTradable);
        }
        var context = new RiskContext(decision, pair, rules, book, _settings, _settings.For(decision.Symbol));
        var verdict = decision.Action switch
        {
            DecisionAction.Buy when state == TradingState.Reducing => VerdictFactory.Reject(
                decision,
                RiskReasons.Reducing
            ),
            DecisionAction.Buy when cooling => VerdictFactory.Reject(
                decision,
                RiskReasons.Cooldown,
                new LimitSeen(
                    "cooldown-minutes-left",
                    0,
                    (decimal)Math.Ceiling((until - _time.GetUtcNow()).TotalMinutes)
                )
            ),
            DecisionAction.Buy => EntryRules.Evaluate(context, correlations, TrackRecord),
            _ => ExitRules.Evaluate(context),
        };
        book.Apply(verdict);
        return verdict;
    }

    private List<RiskEvent> Steer(Action<List<RiskEvent>> change)
    {
        var events = new List<RiskEvent>(2);
        lock (_gate)
        {
            change(events);
        }
        return events;
    }

    private static RiskSettings Checked(RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Validate();
        return problems.Count == 0
            ? settings
            : throw new ArgumentException("Invalid risk settings: " + string.Join(" ", problems), nameof(settings));
    }
}

/// <summary>Everything one verdict looks at.</summary>
internal readonly record struct RiskContext(
    Decision Decision,
    PairSnapshot Pair,
    SymbolRules Rules,
    WorkingPortfolio Book,
    RiskSettings Settings,
    PairLimits Limits
);
