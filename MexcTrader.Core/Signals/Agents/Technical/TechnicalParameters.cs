using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>Settings of the technical-analysis agent, editable per pair (bound by <see cref="AgentParameters"/>).</summary>
public sealed record TechnicalParameters : IValidatableObject
{
    [Range(2, 500)]
    public int FastMaPeriod { get; init; } = 20;

    [Range(3, 1000)]
    public int SlowMaPeriod { get; init; } = 50;

    [Range(2, 200)]
    public int AdxPeriod { get; init; } = 14;

    [Range(2, 200)]
    public int RsiPeriod { get; init; } = 14;

    [Range(2, 200)]
    public int MacdFast { get; init; } = 12;

    [Range(3, 400)]
    public int MacdSlow { get; init; } = 26;

    [Range(1, 200)]
    public int MacdSignal { get; init; } = 9;

    [Range(1, 200)]
    public int StochPeriod { get; init; } = 14;

    [Range(2, 400)]
    public int BollingerPeriod { get; init; } = 20;

    [Range(0.1, 10)]
    public double BollingerDeviations { get; init; } = 2;

    [Range(1, 200)]
    public int AtrPeriod { get; init; } = 14;

    [Range(2, 200)]
    public int MfiPeriod { get; init; } = 14;

    [Range(2, 500)]
    public int VolumePeriod { get; init; } = 20;

    /// <summary>Bandwidth below this fraction of its average marks a squeeze.</summary>
    [Range(0.1, 1)]
    public double SqueezeRatio { get; init; } = 0.6;

    [Range(10, 1000)]
    public int SqueezeAveragePeriod { get; init; } = 100;

    /// <summary>Bars on each side of a pivot (a swing high/low) for divergence detection.</summary>
    [Range(1, 10)]
    public int PivotSpan { get; init; } = 3;

    [Range(5, 500)]
    public int DivergenceMaxBars { get; init; } = 60;

    [Range(0, 10)]
    public double TrendWeight { get; init; } = 0.35;

    [Range(0, 10)]
    public double MomentumWeight { get; init; } = 0.3;

    [Range(0, 10)]
    public double VolatilityWeight { get; init; } = 0.15;

    [Range(0, 10)]
    public double VolumeWeight { get; init; } = 0.2;

    /// <summary>Score added (bullish) or taken (bearish) per detected event on its candle.</summary>
    [Range(0, 1)]
    public double EventWeight { get; init; } = 0.15;

    /// <summary>ADX at which the trend counts as fully strong.</summary>
    [Range(5, 100)]
    public double StrongAdx { get; init; } = 25;

    /// <summary>A new signal is emitted when the score moved at least this much since the last one.</summary>
    [Range(0.001, 2)]
    public double EmitThreshold { get; init; } = 0.5;

    /// <summary>EMA length (candles) applied to the raw confluence score; 1 = no smoothing.</summary>
    [Range(1, 100)]
    public int ScoreSmoothing { get; init; } = 5;

    /// <summary>The score must pass ±this to flip the direction (hysteresis); a flip emits a signal.</summary>
    [Range(0, 0.9)]
    public double DirectionBand { get; init; } = 0.3;

    [Range(1, 10_000)]
    public int HorizonCandles { get; init; } = 12;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FastMaPeriod >= SlowMaPeriod)
        {
            yield return new ValidationResult("FastMaPeriod must be below SlowMaPeriod.");
        }
        if (MacdFast >= MacdSlow)
        {
            yield return new ValidationResult("MacdFast must be below MacdSlow.");
        }
        if (TrendWeight + MomentumWeight + VolatilityWeight + VolumeWeight <= 0)
        {
            yield return new ValidationResult("At least one component weight must be positive.");
        }
    }
}
