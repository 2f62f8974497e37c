namespace MexcTrader.Web.Simulator;

/// <summary>The run-time fault switch, shared by the in-process API and the /_sim/faults endpoints.</summary>
public sealed class FaultInjector(int seed = 1)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(seed);
    private readonly List<ActiveFault> _active = [];
    private int _nextId = 1;

    public ActiveFault Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Probability is < 0 or > 1 || rule.Count is <= 0 || rule.DelayMs < 0 || rule.RetryAfterSeconds < 0)
        {
            throw new ArgumentException(
                "Probability must be 0..1, Count positive, DelayMs and RetryAfterSeconds not negative.",
                nameof(rule)
            );
        }
        if (rule.Kind == FaultKind.ServerError && rule.StatusCode is < 500 or > 599)
        {
            throw new ArgumentException("A server error needs a 5xx status code.", nameof(rule));
        }
        lock (_gate)
        {
            var fault = new ActiveFault(_nextId++, rule, rule.Count, 0);
            _active.Add(fault);
            return fault;
        }
    }

    public IReadOnlyList<ActiveFault> Active()
    {
        lock (_gate)
        {
            return [.. _active];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _active.Clear();
        }
    }

    /// <summary>The fault to apply to this request, if any; counts it against the rule.</summary>
    internal FaultRule? Pick(string method, string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _active.Count; i++)
            {
                var fault = _active[i];
                var rule = fault.Rule;
                if (rule.PathPrefix is { } prefix && !path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }
                if (rule.Method is { } m && !string.Equals(m, method, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (rule.Probability < 1 && _random.NextDouble() >= rule.Probability)
                {
                    continue;
                }
                var remaining = fault.Remaining - 1;
                if (remaining == 0)
                {
                    _active.RemoveAt(i);
                }
                else
                {
                    _active[i] = fault with { Remaining = remaining, Hits = fault.Hits + 1 };
                }
                return rule;
            }
            return null;
        }
    }
}
