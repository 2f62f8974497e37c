using System.ComponentModel.DataAnnotations;
using MexcTrader.Core.Domain;

namespace MexcTrader.Web.Engine;

/// <summary>How the trading engine runs (section "Engine"); validated at start, so a bad mode never half-starts.</summary>
public sealed class EngineOptions : IValidatableObject
{
    public const string SectionName = "Engine";

    public EngineMode Mode { get; set; } = EngineMode.Demo;

    /// <summary>Start the pipeline when the app starts; honoured in demo mode only (paper and live start by hand).</summary>
    public bool AutoStart { get; set; } = true;

    /// <summary>The decision interval: the primary candle interval of every pair, e.g. 1h.</summary>
    [Required]
    public string Interval { get; set; } = "1h";

    /// <summary>Demo: real milliseconds per replayed candle of <see cref="Interval"/> (1h every 2 s by default).</summary>
    [Range(5, 3_600_000)]
    public int DemoCandleMilliseconds { get; set; } = 2_000;

    /// <summary>Demo: candles per pair the simulator has already "traded" when it starts, so agents warm up at once.</summary>
    [Range(0, 5_000)]
    public int DemoWarmupCandles { get; set; } = 300;

    /// <summary>Closed candles read per pair at start to warm the agents up (the newest page of klines).</summary>
    [Range(0, 1_000)]
    public int WarmupCandles { get; set; } = 300;

    /// <summary>A decision cycle waits this long for slow pairs after the first pair closed the cycle's candle.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan CycleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest an agent may think about one candle before its evaluation is recorded as timed out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AgentTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often open orders are polled, stale ones expired and an equity point recorded (not in demo).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan OrderPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Starting cash of the position book (paper and demo: the simulated deposit).</summary>
    [Range(typeof(decimal), "1", "1000000000")]
    public decimal StartingCashUsdt { get; set; } = 10_000m;

    /// <summary>Live only: must be true, as a written confirmation that real orders with real money are wanted.</summary>
    public bool LiveConfirmed { get; set; }

    /// <summary>Live only: the largest value of one order in USDT, a hard cap independent of the risk settings.</summary>
    public decimal? MaxOrderValueUsdt { get; set; }

    /// <summary>Names in the secret store of the MEXC API key and secret (live mode).</summary>
    [Required]
    public string ApiKeySecretName { get; set; } = "mexc-api-key";

    [Required]
    public string ApiSecretSecretName { get; set; } = "mexc-api-secret";

    public Interval DecisionInterval =>
        Intervals.TryParse(Interval, out var interval) ? interval.Value : Core.Domain.Interval.OneHour;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Intervals.TryParse(Interval, out _))
        {
            yield return new ValidationResult(
                $"Engine:Interval '{Interval}' is not a candle interval such as 1m, 15m, 1h or 1d.",
                [nameof(Interval)]
            );
        }
        if (Mode != EngineMode.Live)
        {
            yield break;
        }
        if (!LiveConfirmed)
        {
            yield return new ValidationResult(
                "Engine:Mode is Live but Engine:LiveConfirmed is not true. Live mode places real orders with real "
                    + "money; set Engine:LiveConfirmed=true to confirm, or use Paper mode.",
                [nameof(LiveConfirmed)]
            );
        }
        if (MaxOrderValueUsdt is not > 0)
        {
            yield return new ValidationResult(
                "Engine:Mode is Live but Engine:MaxOrderValueUsdt is not set to a positive amount. Live mode needs "
                    + "this hard cap on the value of one order (USDT), independent of the risk settings.",
                [nameof(MaxOrderValueUsdt)]
            );
        }
    }
}
