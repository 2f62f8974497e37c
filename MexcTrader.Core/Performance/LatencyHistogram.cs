using MexcTrader.Core.Execution;

namespace MexcTrader.Core.Performance;

/// <summary>Signal (decision time) → order acknowledged latency of every acknowledged order, bucketed for the chart.</summary>
/// <param name="UpperBoundsMs">Each bucket's upper bound; the last bucket is everything above the last bound.</param>
/// <param name="Counts">One more entry than <paramref name="UpperBoundsMs"/>.</param>
public sealed record LatencyHistogram(
    IReadOnlyList<double> UpperBoundsMs,
    IReadOnlyList<int> Counts,
    double P50Ms,
    double P99Ms,
    int Samples
)
{
    public static readonly double[] DefaultBoundsMs = [1, 5, 10, 50, 100, 500, 1_000, 5_000];

    public static LatencyHistogram From(IEnumerable<ExecutionOrder> orders, IReadOnlyList<double>? upperBoundsMs = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var bounds = upperBoundsMs ?? DefaultBoundsMs;
        var samples = orders
            .Where(o => o.AcknowledgedAt is not null)
            .Select(o => Math.Max(0, (o.AcknowledgedAt!.Value - o.SignalTime).TotalMilliseconds))
            .Order()
            .ToArray();
        var counts = new int[bounds.Count + 1];
        foreach (var ms in samples)
        {
            var bucket = 0;
            while (bucket < bounds.Count && ms > bounds[bucket])
            {
                bucket++;
            }
            counts[bucket]++;
        }
        return new LatencyHistogram(
            bounds,
            counts,
            Percentile(samples, 0.50),
            Percentile(samples, 0.99),
            samples.Length
        );
    }

    /// <summary>Nearest-rank percentile of sorted samples; 0 when there are none.</summary>
    public static double Percentile(double[] sorted, double quantile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Length == 0
            ? 0
            : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
