namespace MexcTrader.Core.Indicators.Spec;

public static partial class IndicatorCatalog
{
    private static IEnumerable<IndicatorDefinition> Oscillators() =>
        [
            Single("RSI", [Period("timeperiod", 14)], (p, a, o) => Rsi.Batch(p.Close, o, I(a, 0))),
            Single("MOM", [Period("timeperiod", 10, min: 1)], (p, a, o) => Momentum.Batch(p.Close, o, I(a, 0))),
            Single("ROC", [Period("timeperiod", 10, min: 1)], (p, a, o) => Roc.Batch(p.Close, o, I(a, 0))),
            Single("CCI", [Period("timeperiod", 14)], (p, a, o) => Cci.Batch(p.High, p.Low, p.Close, o, I(a, 0))),
            Single(
                "WILLR",
                [Period("timeperiod", 14)],
                (p, a, o) => WilliamsR.Batch(p.High, p.Low, p.Close, o, I(a, 0))
            ),
            Single(
                "MFI",
                [Period("timeperiod", 14)],
                (p, a, o) => Mfi.Batch(p.High, p.Low, p.Close, p.Volume, o, I(a, 0))
            ),
            Single("OBV", [], (p, _, o) => Obv.Batch(p.Close, p.Volume, o)),
            Single(
                "ULTOSC",
                [
                    Period("timeperiod1", 7, min: 1),
                    Period("timeperiod2", 14, min: 1),
                    Period("timeperiod3", 28, min: 1),
                ],
                (p, a, o) => UltimateOscillator.Batch(p.High, p.Low, p.Close, o, I(a, 0), I(a, 1), I(a, 2))
            ),
            new(
                "STOCH",
                [
                    Period("fastk_period", 5, min: 1),
                    Period("slowk_period", 3, min: 1),
                    SmaOnly("slowk_matype"),
                    Period("slowd_period", 3, min: 1),
                    SmaOnly("slowd_matype"),
                ],
                ["slowk", "slowd"],
                (p, a, o) => Stochastic.Batch(p.High, p.Low, p.Close, o[0], o[1], I(a, 0), I(a, 1), I(a, 3))
            ),
            new(
                "STOCHRSI",
                [
                    Period("timeperiod", 14),
                    Period("fastk_period", 5, min: 1),
                    Period("fastd_period", 3, min: 1),
                    SmaOnly("fastd_matype"),
                ],
                ["fastk", "fastd"],
                (p, a, o) => StochRsi.Batch(p.Close, o[0], o[1], I(a, 0), I(a, 1), I(a, 2))
            ),
            new(
                "AROON",
                [Period("timeperiod", 14)],
                ["down", "up"],
                (p, a, o) => Aroon.Batch(p.High, p.Low, o[0], o[1], I(a, 0))
            ),
        ];
}
