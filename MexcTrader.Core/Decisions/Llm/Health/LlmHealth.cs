using MexcTrader.Core.Decisions.Engines;
using Microsoft.Extensions.Options;

namespace MexcTrader.Core.Decisions.Llm.Health;

/// <summary>
/// The LLM's breakers: daily spend, latency percentile and failure rate over the last calls. A tripped breaker stays
/// open until <see cref="Reset"/>; the budget breaker also closes by itself when the UTC day changes (on the
/// <see cref="TimeProvider"/>, so backtests roll days on simulated time).
/// </summary>
public sealed class LlmHealth(IOptionsMonitor<LlmOptions> options, TimeProvider clock) : IEngineAvailability
{
    private readonly Lock _gate = new();
    private readonly Queue<(TimeSpan Latency, bool Failed)> _window = new();
    private DateOnly _day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    private decimal _spentToday;
    private (string Code, string Detail, DateTimeOffset At)? _trip;

    public EngineAvailability Check()
    {
        if (!options.CurrentValue.Enabled)
        {
            return EngineAvailability.Unavailable(LlmRejections.Disabled, "the LLM is switched off (Llm:Enabled)");
        }
        lock (_gate)
        {
            RollDay();
            return _trip is { } trip
                ? EngineAvailability.Unavailable(trip.Code, trip.Detail)
                : EngineAvailability.Available;
        }
    }

    /// <summary>False (and the budget breaker trips) when the estimated cost would take the day over budget.</summary>
    public bool TryAfford(decimal estimatedCostUsd, out string detail)
    {
        var budget = options.CurrentValue.DailyBudgetUsd;
        lock (_gate)
        {
            RollDay();
            if (_spentToday + estimatedCostUsd <= budget)
            {
                detail = "";
                return true;
            }
            detail =
                $"spent {_spentToday:0.####} USD today; this call (~{estimatedCostUsd:0.####} USD) would pass the daily budget of {budget:0.##} USD";
            _trip ??= (LlmBreakerCodes.Budget, detail, clock.GetUtcNow());
            return false;
        }
    }

    /// <summary>Counts one call (live or replayed) and trips a breaker when a limit is crossed.</summary>
    public void Record(TimeSpan latency, decimal costUsd, bool failed)
    {
        var limits = options.CurrentValue;
        lock (_gate)
        {
            RollDay();
            _spentToday += costUsd;
            _window.Enqueue((latency, failed));
            while (_window.Count > limits.Breakers.Window)
            {
                _window.Dequeue();
            }
            if (_trip is not null)
            {
                return;
            }
            var now = clock.GetUtcNow();
            if (limits.DailyBudgetUsd > 0 && _spentToday >= limits.DailyBudgetUsd)
            {
                _trip = (
                    LlmBreakerCodes.Budget,
                    $"spent {_spentToday:0.####} USD of the {limits.DailyBudgetUsd:0.##} USD daily budget",
                    now
                );
            }
            else if (_window.Count >= limits.Breakers.MinCalls && FailureRate() > limits.Breakers.MaxFailureRate)
            {
                _trip = (
                    LlmBreakerCodes.FailureRate,
                    $"{_window.Count(c => c.Failed)} of the last {_window.Count} answers were unusable (limit {limits.Breakers.MaxFailureRate:P0})",
                    now
                );
            }
            else if (
                _window.Count >= limits.Breakers.MinCalls
                && Percentile(limits.Breakers.LatencyPercentile) is { } p
                && p > limits.Breakers.MaxLatency
            )
            {
                _trip = (
                    LlmBreakerCodes.Latency,
                    $"p{limits.Breakers.LatencyPercentile * 100:0} latency {p.TotalSeconds:0.###} s over the limit of {limits.Breakers.MaxLatency.TotalSeconds:0.###} s",
                    now
                );
            }
        }
    }

    /// <summary>Closes the breaker and forgets the window; the day's spend stands (the budget still applies).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _trip = null;
            _window.Clear();
        }
    }

    /// <summary>Restores the day's spend after a restart, from the recorded calls.</summary>
    public void SeedSpend(decimal spentTodayUsd)
    {
        lock (_gate)
        {
            RollDay();
            _spentToday = spentTodayUsd;
        }
    }

    public DateTimeOffset DayStart => new(_day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public LlmHealthStatus Status
    {
        get
        {
            var settings = options.CurrentValue;
            lock (_gate)
            {
                RollDay();
                return new LlmHealthStatus(
                    settings.Enabled,
                    _trip is not null,
                    _trip?.Code,
                    _trip?.Detail,
                    _trip?.At,
                    _spentToday,
                    settings.DailyBudgetUsd,
                    _window.Count,
                    FailureRate(),
                    Percentile(settings.Breakers.LatencyPercentile)
                );
            }
        }
    }

    private void RollDay()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (today == _day)
        {
            return;
        }
        _day = today;
        _spentToday = 0;
        if (_trip?.Code == LlmBreakerCodes.Budget)
        {
            _trip = null;
        }
    }

    private double FailureRate() => _window.Count == 0 ? 0 : (double)_window.Count(c => c.Failed) / _window.Count;

    private TimeSpan? Percentile(double percentile)
    {
        if (_window.Count == 0)
        {
            return null;
        }
        var sorted = _window.Select(c => c.Latency).Order().ToArray();
        // nearest rank: the smallest latency that at least `percentile` of the calls did not exceed
        var rank = (int)Math.Ceiling(percentile * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
