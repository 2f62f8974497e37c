using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Core.Decisions.Llm;

/// <summary>Health limits of the LLM; crossing one switches decisions to the fallback engine until reset.</summary>
public sealed class LlmBreakerOptions
{
    /// <summary>How many recent calls the latency and failure-rate limits look at.</summary>
    [Range(1, 1_000)]
    public int Window { get; set; } = 20;

    /// <summary>No latency or failure-rate trip before this many calls are in the window.</summary>
    [Range(1, 1_000)]
    public int MinCalls { get; set; } = 5;

    /// <summary>Which latency percentile is held to <see cref="MaxLatency"/> (0.9 = p90).</summary>
    [Range(0.5, 1.0)]
    public double LatencyPercentile { get; set; } = 0.9;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxLatency { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Highest tolerated share of unusable answers (malformed, refused, truncated, timed out, HTTP errors).</summary>
    [Range(0.0, 1.0)]
    public double MaxFailureRate { get; set; } = 0.5;
}
