namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>The four component scores (each −1..+1), the event nudge, the total and its confidence; a value, no allocation.</summary>
public readonly record struct TechnicalScore(
    double Trend,
    double Momentum,
    double Volatility,
    double Volume,
    double Events,
    double Total,
    double Confidence
)
{
    public static TechnicalScore From(TechnicalFeatures f, TechnicalParameters p)
    {
        var atr = Math.Max(f.Atr.Value, 1e-12 * Math.Abs(f.Close) + double.Epsilon);

        // Trend: where price and the fast average sit against the slow one, in ATRs; DI balance scaled by ADX.
        var structure =
            0.5 * Math.Tanh((f.FastMa.Value - f.SlowMa.Value) / atr)
            + 0.5 * Math.Tanh((f.Close - f.SlowMa.Value) / atr);
        var diSum = f.Adx.PlusDi + f.Adx.MinusDi;
        var directional =
            diSum > 0 ? (f.Adx.PlusDi - f.Adx.MinusDi) / diSum * Math.Min(1, f.Adx.Value / p.StrongAdx) : 0;
        var trend = 0.5 * structure + 0.5 * directional;

        var rsi = Clamp((f.Rsi.Value - 50) / 25);
        var macd = Math.Tanh(f.Macd.Histogram / (0.25 * atr));
        var stoch = Clamp((f.Stochastic.SlowK - f.Stochastic.SlowD) / 20);
        var momentum = (rsi + macd + stoch) / 3;

        var halfWidth = f.Bollinger.Upper - f.Bollinger.Middle;
        var volatility = halfWidth > 0 ? Clamp((f.Close - f.Bollinger.Middle) / halfWidth) : 0;

        var obv =
            f.VolumeAverage.Value > 0 ? Math.Tanh((f.Obv.Value - f.ObvAverage.Value) / (5 * f.VolumeAverage.Value)) : 0;
        var volume = 0.5 * obv + 0.5 * Clamp((f.Mfi.Value - 50) / 30);

        var e = f.Events;
        var events =
            p.EventWeight * (e.MaCrossover + e.RsiDivergence + e.MacdDivergence + e.SqueezeBreakout + e.SarFlip);

        var weights = p.TrendWeight + p.MomentumWeight + p.VolatilityWeight + p.VolumeWeight;
        var weighted =
            p.TrendWeight * trend
            + p.MomentumWeight * momentum
            + p.VolatilityWeight * volatility
            + p.VolumeWeight * volume;
        var magnitude =
            p.TrendWeight * Math.Abs(trend)
            + p.MomentumWeight * Math.Abs(momentum)
            + p.VolatilityWeight * Math.Abs(volatility)
            + p.VolumeWeight * Math.Abs(volume);
        var total = Clamp(weighted / weights + events);

        // Confidence: how much the components agree, scaled up as the trend strengthens.
        var agreement = magnitude > 0 ? Math.Abs(weighted) / magnitude : 0;
        var strength = 0.5 + 0.5 * Math.Min(1, f.Adx.Value / p.StrongAdx);
        var confidence = Math.Clamp(agreement * strength * Math.Min(1, 0.25 + Math.Abs(total) * 1.5), 0, 1);
        return new TechnicalScore(
            trend,
            momentum,
            volatility,
            volume,
            events,
            total,
            double.IsFinite(confidence) ? confidence : 0
        );
    }

    private static double Clamp(double value) => double.IsFinite(value) ? Math.Clamp(value, -1, 1) : 0;
}
