namespace MexcTrader.Core.Indicators.Spec;

public static partial class IndicatorCatalog
{
    private static IEnumerable<IndicatorDefinition> Averages() =>
        [
            Single("SMA", [Period("timeperiod", 30)], (p, a, o) => Sma.Batch(p.Close, o, I(a, 0))),
            Single("EMA", [Period("timeperiod", 30)], (p, a, o) => Ema.Batch(p.Close, o, I(a, 0))),
            Single("WMA", [Period("timeperiod", 30)], (p, a, o) => Wma.Batch(p.Close, o, I(a, 0))),
            Single("DEMA", [Period("timeperiod", 30)], (p, a, o) => Dema.Batch(p.Close, o, I(a, 0))),
            Single("TEMA", [Period("timeperiod", 30)], (p, a, o) => Tema.Batch(p.Close, o, I(a, 0))),
            Single("KAMA", [Period("timeperiod", 30)], (p, a, o) => Kama.Batch(p.Close, o, I(a, 0))),
            Single(
                "T3",
                [Period("timeperiod", 5), Factor("vfactor", 0.7, max: 1)],
                (p, a, o) => T3.Batch(p.Close, o, I(a, 0), a[1])
            ),
            Single("TRIX", [Period("timeperiod", 30, min: 1)], (p, a, o) => Trix.Batch(p.Close, o, I(a, 0))),
            new(
                "MACD",
                [Period("fastperiod", 12), Period("slowperiod", 26), Period("signalperiod", 9, min: 1)],
                ["macd", "signal", "hist"],
                (p, a, o) => Macd.Batch(p.Close, o[0], o[1], o[2], I(a, 0), I(a, 1), I(a, 2))
            ),
            Single(
                "SAR",
                [Factor("acceleration", 0.02), Factor("maximum", 0.2)],
                (p, a, o) => ParabolicSar.Batch(p.High, p.Low, o, a[0], a[1])
            ),
        ];
}
