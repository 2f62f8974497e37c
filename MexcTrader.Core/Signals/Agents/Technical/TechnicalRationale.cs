using System.Globalization;
using System.Text;

namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>The short text and the feature map of a technical signal (built only when a signal is emitted).</summary>
internal static class TechnicalRationale
{
    private static readonly TechnicalEvent[] AllEvents = Enum.GetValues<TechnicalEvent>();

    public static string Describe(TechnicalScore s, TechnicalFeatures f)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(
            inv,
            $"{(s.Total > 0.05 ? "Bullish" : s.Total < -0.05 ? "Bearish" : "Neutral")} {s.Total:+0.00;-0.00}: "
        );
        (string Name, double Value)[] parts =
        [
            ("trend", s.Trend),
            ("momentum", s.Momentum),
            ("volatility", s.Volatility),
            ("volume", s.Volume),
        ];
        var drivers = parts.OrderByDescending(p => Math.Abs(p.Value)).Take(2).ToArray();
        text.AppendJoin(", ", drivers.Select(d => string.Create(inv, $"{d.Name} {d.Value:+0.00;-0.00}")));
        text.Append(
            inv,
            $" (EMA{f.FastMa.Period} {(f.FastMa.Value >= f.SlowMa.Value ? ">" : "<")} EMA{f.SlowMa.Period}, "
        );
        text.Append(inv, $"ADX {f.Adx.Value:0}, RSI {f.Rsi.Value:0}, MFI {f.Mfi.Value:0})");
        if (f.InSqueeze)
        {
            text.Append("; Bollinger squeeze");
        }
        foreach (var e in AllEvents)
        {
            var direction = f.Events[e];
            if (direction != 0)
            {
                text.Append("; ").Append(direction > 0 ? "bullish " : "bearish ").Append(EventName(e));
            }
        }
        return text.ToString();
    }

    public static Dictionary<string, double> Features(TechnicalScore s, TechnicalFeatures f)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["trend"] = s.Trend,
            ["momentum"] = s.Momentum,
            ["volatility"] = s.Volatility,
            ["volume"] = s.Volume,
            ["close"] = f.Close,
            ["emaFast"] = f.FastMa.Value,
            ["emaSlow"] = f.SlowMa.Value,
            ["adx"] = f.Adx.Value,
            ["plusDi"] = f.Adx.PlusDi,
            ["minusDi"] = f.Adx.MinusDi,
            ["rsi"] = f.Rsi.Value,
            ["macdHist"] = f.Macd.Histogram,
            ["stochK"] = f.Stochastic.SlowK,
            ["bbBandwidth"] = f.Bandwidth,
            ["atr"] = f.Atr.Value,
            ["mfi"] = f.Mfi.Value,
            ["squeeze"] = f.InSqueeze ? 1 : 0,
        };
        foreach (var e in AllEvents)
        {
            features["event." + e] = f.Events[e];
        }
        foreach (var key in features.Keys.Where(k => !double.IsFinite(features[k])).ToList())
        {
            features.Remove(key);
        }
        return features;
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
