using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Risk.Settings;

namespace MexcTrader.Core.Risk.Breakers;

/// <summary>
/// The breakers and the trading state they imply: kill switch or max drawdown ⇒ HALTED (reset by hand); daily loss
/// ⇒ REDUCING until the next UTC day; per pair, a volatility halt and a cooldown after a stop-out. Every trip, reset
/// and state change is reported as a <see cref="RiskEvent"/>. Not thread-safe: <see cref="RiskModule"/> locks.
/// </summary>
internal sealed class RiskBreakers
{
    private readonly Dictionary<Symbol, DateTimeOffset> _cooldownUntil = [];
    private readonly HashSet<Symbol> _volatilityHalted = [];
    private readonly List<Symbol> _scratch = [];
    private string? _killSwitchReason;
    private bool _drawdownTripped;
    private bool _dailyLossTripped;
    private DateOnly _day;
    private decimal _dayStartEquity;

    public TradingState State { get; private set; } = TradingState.Active;
    public bool KillSwitchEngaged => _killSwitchReason is not null;

    public void Update(MarketSnapshot snapshot, RiskSettings settings, DateTimeOffset now, List<RiskEvent> events)
    {
        var portfolio = snapshot.Portfolio;
        var limits = settings.Portfolio;
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (day != _day)
        {
            if (_dailyLossTripped)
            {
                _dailyLossTripped = false;
                events.Add(Event(now, RiskEventKind.Reset, RiskBreakerNames.DailyLoss, null, $"new UTC day {day:O}"));
            }
            _day = day;
            _dayStartEquity = portfolio.Equity;
        }
        var dayLoss = _dayStartEquity > 0 ? (double)((_dayStartEquity - portfolio.Equity) / _dayStartEquity) : 0;
        if (!_dailyLossTripped && limits.DailyLossLimit > 0 && dayLoss >= limits.DailyLossLimit)
        {
            _dailyLossTripped = true;
            events.Add(
                Event(
                    now,
                    RiskEventKind.Tripped,
                    RiskBreakerNames.DailyLoss,
                    null,
                    Pct("day loss", dayLoss, limits.DailyLossLimit)
                )
            );
        }
        if (!_drawdownTripped && limits.MaxDrawdown > 0 && portfolio.Drawdown >= limits.MaxDrawdown)
        {
            _drawdownTripped = true;
            events.Add(
                Event(
                    now,
                    RiskEventKind.Tripped,
                    RiskBreakerNames.MaxDrawdown,
                    null,
                    Pct("drawdown", portfolio.Drawdown, limits.MaxDrawdown)
                )
            );
        }
        UpdateVolatility(snapshot, settings, now, events);
        ExpireCooldowns(now, events);
        Settle(now, events);
    }

    public void SetKillSwitch(bool engaged, string reason, DateTimeOffset now, List<RiskEvent> events)
    {
        if (engaged == KillSwitchEngaged)
        {
            return;
        }
        _killSwitchReason = engaged ? reason : null;
        events.Add(
            Event(now, engaged ? RiskEventKind.Tripped : RiskEventKind.Reset, RiskBreakerNames.KillSwitch, null, reason)
        );
        Settle(now, events);
    }

    /// <summary>Clears the drawdown halt; it trips again at the next cycle if the drawdown is still beyond the limit.</summary>
    public void ResetDrawdown(string reason, DateTimeOffset now, List<RiskEvent> events)
    {
        if (!_drawdownTripped)
        {
            return;
        }
        _drawdownTripped = false;
        events.Add(Event(now, RiskEventKind.Reset, RiskBreakerNames.MaxDrawdown, null, reason));
        Settle(now, events);
    }

    public void StartCooldown(Symbol symbol, TimeSpan length, DateTimeOffset now, List<RiskEvent> events)
    {
        if (length <= TimeSpan.Zero)
        {
            return;
        }
        var until = now + length;
        _cooldownUntil[symbol] = until;
        events.Add(
            Event(now, RiskEventKind.Tripped, RiskBreakerNames.Cooldown, symbol, $"stop-out; no entry until {until:O}")
        );
    }

    public bool InCooldown(Symbol symbol, DateTimeOffset now, out DateTimeOffset until) =>
        _cooldownUntil.TryGetValue(symbol, out until) && now < until;

    private void UpdateVolatility(
        MarketSnapshot snapshot,
        RiskSettings settings,
        DateTimeOffset now,
        List<RiskEvent> events
    )
    {
        foreach (var pair in snapshot.Pairs)
        {
            var limit = settings.For(pair.Symbol).VolatilityHaltAtrFraction;
            var high = limit > 0 && pair.Price.AtrFraction > limit;
            if (high && _volatilityHalted.Add(pair.Symbol))
            {
                events.Add(
                    Event(
                        now,
                        RiskEventKind.Tripped,
                        RiskBreakerNames.VolatilityHalt,
                        pair.Symbol,
                        Pct("ATR", pair.Price.AtrFraction, limit)
                    )
                );
            }
            else if (!high && _volatilityHalted.Remove(pair.Symbol))
            {
                events.Add(
                    Event(
                        now,
                        RiskEventKind.Reset,
                        RiskBreakerNames.VolatilityHalt,
                        pair.Symbol,
                        Pct("ATR", pair.Price.AtrFraction, limit)
                    )
                );
            }
        }
    }

    private void ExpireCooldowns(DateTimeOffset now, List<RiskEvent> events)
    {
        if (_cooldownUntil.Count == 0)
        {
            return;
        }
        _scratch.Clear();
        foreach (var (symbol, until) in _cooldownUntil)
        {
            if (now >= until)
            {
                _scratch.Add(symbol);
            }
        }
        foreach (var symbol in _scratch)
        {
            _cooldownUntil.Remove(symbol);
            events.Add(Event(now, RiskEventKind.Reset, RiskBreakerNames.Cooldown, symbol, "cooldown over"));
        }
    }

    private void Settle(DateTimeOffset now, List<RiskEvent> events)
    {
        var state =
            KillSwitchEngaged || _drawdownTripped ? TradingState.Halted
            : _dailyLossTripped ? TradingState.Reducing
            : TradingState.Active;
        if (state == State)
        {
            return;
        }
        var from = State;
        State = state;
        events.Add(Event(now, RiskEventKind.StateChanged, RiskBreakerNames.TradingState, null, $"{from} → {state}"));
    }

    private RiskEvent Event(DateTimeOffset now, RiskEventKind kind, string breaker, Symbol? symbol, string detail) =>
        new(now, kind, breaker, symbol, State, detail);

    private static string Pct(string what, double value, double limit) =>
        FormattableString.Invariant($"{what} {value:P2} against limit {limit:P2}");
}
