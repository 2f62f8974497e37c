using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>Where and how the MEXC client talks to the exchange (section "Mexc"); keys are not options.</summary>
public sealed class MexcOptions : IValidatableObject
{
    public const string SectionName = "Mexc";

    [Required]
    public Uri? RestBaseUrl { get; set; } = new("https://api.mexc.com");

    [Required]
    public Uri? WebSocketUrl { get; set; } = new("wss://wbs-api.mexc.com/ws");

    /// <summary>Validity window of signed requests; MEXC rejects more than 60000 (code 700005).</summary>
    [Range(1, 60_000)]
    public int RecvWindowMs { get; set; } = 5_000;

    [Range(1, 120)]
    public int AttemptTimeoutSeconds { get; set; } = 10;

    [Range(2, 600)]
    public int TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>Automatic retries of reads (GET) after transient failures; orders are never re-sent blindly.</summary>
    [Range(1, 10)]
    public int ReadRetries { get; set; } = 3;

    /// <summary>Rows asked per klines call; current docs cap it at 500, older docs at 1000.</summary>
    [Range(1, 1_000)]
    public int KlinePageLimit { get; set; } = 500;

    /// <summary>Age after which the server-time offset is measured again before a signed call.</summary>
    [Range(10, 86_400)]
    public int TimeSyncIntervalSeconds { get; set; } = 300;

    /// <summary>A 429 back-off shorter than this is waited out; longer ones fail fast without sending.</summary>
    [Range(0, 600)]
    public int MaxRateLimitWaitSeconds { get; set; } = 10;

    /// <summary>Sends of one order by <c>PlaceOrderIdempotentAsync</c>, each after checking the last did not land.</summary>
    [Range(1, 5)]
    public int OrderAttempts { get; set; } = 3;

    /// <summary>
    /// Share of failed calls in the sampling window that opens the circuit breaker. Polly's 10 % default trips on the
    /// ordinary noise of a flaky network and then refuses every order for the break; half the calls failing is an
    /// outage.
    /// </summary>
    [Range(0.05, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls the breaker must see in its window before it may open, so a handful of early failures cannot trip it.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    /// <summary>Window over which the breaker measures the failure ratio (at least twice the attempt timeout).</summary>
    [Range(1, 600)]
    public int BreakerSamplingSeconds { get; set; } = 30;

    /// <summary>How long an open breaker refuses calls before it lets a probe through.</summary>
    [Range(1, 600)]
    public int BreakerBreakSeconds { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeoutSeconds <= AttemptTimeoutSeconds)
        {
            yield return new ValidationResult(
                $"{nameof(TotalTimeoutSeconds)} must be greater than {nameof(AttemptTimeoutSeconds)}.",
                [nameof(TotalTimeoutSeconds)]
            );
        }
    }
}
