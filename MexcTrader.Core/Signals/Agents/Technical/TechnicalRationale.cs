using System.Globalization;
using System.Text;

namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>The short text and the feature map of a technical signal (built only when a signal is emitted).</summary>
internal static class TechnicalRationale
{
    private static readonly TechnicalEvent[] AllEvents = Enum.GetValues<TechnicalEvent>();

    // Same order as the values in Features; NaN values (indicators still warming up) count as absent.
    private static readonly string[] FeatureKeys =
    [
        "trend",
        "momentum",
        "volatility",
        "volume",
        "close",
        "emaFast",
        "emaSlow",
        "adx",
        "plusDi",
        "minusDi",
        "rsi",
        "macdHist",
        "stochK",
        "bbBandwidth",
        "atr",
        "mfi",
        "squeeze",
        .. AllEvents.Select(e => "event." + e),
    ];
    private static readonly string[] ComponentNames = ["trend", "momentum", "volatility", "volume"];

    public static string Describe(TechnicalScore s, TechnicalFeatures f, TechnicalEvents events)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder(256);
        var mood =
            s.Total > 0.05 ? "Bullish"
            : s.Total < -0.05 ? "Bearish"
            : "Neutral";
        text.Append(inv, $"{mood} {s.Total:+0.00;-0.00}: ");
        Span<double> parts = [s.Trend, s.Momentum, s.Volatility, s.Volume];
        var first = Strongest(parts, skip: -1);
        var second = Strongest(parts, skip: first);
        text.Append(inv, $"{ComponentNames[first]} {parts[first]:+0.00;-0.00}, ");
        text.Append(inv, $"{ComponentNames[second]} {parts[second]:+0.00;-0.00}");
        var side = f.FastMa.Value >= f.SlowMa.Value ? ">" : "<";
        text.Append(inv, $" (EMA{f.FastMa.Period} {side} EMA{f.SlowMa.Period}, ");
        text.Append(inv, $"ADX {f.Adx.Value:0}, RSI {f.Rsi.Value:0}, MFI {f.Mfi.Value:0})");
        if (f.InSqueeze)
        {
            text.Append("; Bollinger squeeze");
        }
        foreach (var e in AllEvents)
        {
            var direction = events[e];
            if (direction != 0)
            {
                text.Append("; ").Append(direction > 0 ? "bullish " : "bearish ").Append(EventName(e));
            }
        }
        return text.ToString();
    }

    public static FeatureDictionary Features(TechnicalScore s, TechnicalFeatures f, TechnicalEvents events)
    {
        double[] values =
        [
            s.Trend,
            s.Momentum,
            s.Volatility,
            s.Volume,
            f.Close,
            f.FastMa.Value,
            f.SlowMa.Value,
            f.Adx.Value,
            f.Adx.PlusDi,
            f.Adx.MinusDi,
            f.Rsi.Value,
            f.Macd.Histogram,
            f.Stochastic.SlowK,
            f.Bandwidth,
            f.Atr.Value,
            f.Mfi.Value,
            f.InSqueeze ? 1 : 0,
            events.MaCrossover,
            events.RsiDivergence,
            events.MacdDivergence,
            events.SqueezeBreakout,
            events.SarFlip,
        ];
        return new FeatureDictionary(FeatureKeys, values);
    }

    private static int Strongest(ReadOnlySpan<double> parts, int skip)
    {
        var best = skip == 0 ? 1 : 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i != skip && Math.Abs(parts[i]) > Math.Abs(parts[best]))
            {
                best = i;
            }
        }
        return best;
    }

    private static string EventName(TechnicalEvent e) =>
        e switch
        {
            TechnicalEvent.MaCrossover => "MA crossover",
            TechnicalEvent.RsiDivergence => "RSI divergence",
            TechnicalEvent.MacdDivergence => "MACD divergence",
            TechnicalEvent.SqueezeBreakout => "squeeze breakout",
            _ => "SAR flip",
        };
}
