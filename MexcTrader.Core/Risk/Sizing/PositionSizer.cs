using MexcTrader.Core.Risk.Settings;

namespace MexcTrader.Core.Risk.Sizing;

/// <summary>The quote value an entry wants before any limit: by the pair's sizing method, scaled by confidence.</summary>
public static class PositionSizer
{
    /// <param name="targetWeight">The engine's wanted weight of the pair (0…1), which replaces the fixed fraction.</param>
    /// <param name="trackRecord">The engine's measured record for Kelly sizing; without one Kelly falls back to the fixed fraction.</param>
    public static decimal Size(
        PairLimits limits,
        decimal equity,
        decimal heldValue,
        double confidence,
        double atrFraction,
        double? targetWeight,
        TrackRecord? trackRecord
    )
    {
        ArgumentNullException.ThrowIfNull(limits);
        var fraction = limits.Sizing switch
        {
            SizingMethod.VolatilityTarget => atrFraction > 0 && double.IsFinite(atrFraction)
                ? limits.VolatilityTarget / atrFraction
                : 0,
            SizingMethod.FractionalKelly when trackRecord is { } record => Kelly(record, limits),
            _ => limits.Fraction,
        };
        decimal value;
        if (targetWeight is { } weight && double.IsFinite(weight))
        {
            value = Math.Max(0, ToMoney(Math.Clamp(weight, 0, 1)) * equity - heldValue);
        }
        else
        {
            value = ToMoney(Math.Min(fraction, 1)) * equity;
        }
        var scale = limits.ScaleByConfidence ? Math.Clamp(double.IsFinite(confidence) ? confidence : 0, 0, 1) : 1;
        return value * ToMoney(scale);
    }

    /// <summary>Full Kelly f* = W − (1 − W) / R, times the configured share, capped, never below 0.</summary>
    public static double Kelly(TrackRecord record, PairLimits limits)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(limits);
        if (record.Payoff <= 0 || !double.IsFinite(record.Payoff) || !double.IsFinite(record.WinRate))
        {
            return 0;
        }
        var full = record.WinRate - (1 - record.WinRate) / record.Payoff;
        return Math.Clamp(full * limits.KellyFraction, 0, limits.KellyCap);
    }

    private static decimal ToMoney(double fraction) => (decimal)Math.Round(fraction, 12);
}

/// <summary>An engine's measured results, for Kelly sizing.</summary>
/// <param name="WinRate">Share of closed trades that won, 0…1.</param>
/// <param name="Payoff">Mean win over mean loss (&gt; 0).</param>
public sealed record TrackRecord(double WinRate, double Payoff);
