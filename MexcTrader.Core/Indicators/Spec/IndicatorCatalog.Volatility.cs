namespace MexcTrader.Core.Indicators.Spec;

public static partial class IndicatorCatalog
{
    private static IEnumerable<IndicatorDefinition> Volatility() =>
        [
            Single(
                "ATR",
                [Period("timeperiod", 14, min: 1)],
                (p, a, o) => Atr.Batch(p.High, p.Low, p.Close, o, I(a, 0))
            ),
            Single(
                "NATR",
                [Period("timeperiod", 14, min: 1)],
                (p, a, o) => Natr.Batch(p.High, p.Low, p.Close, o, I(a, 0))
            ),
            Single("ADX", [Period("timeperiod", 14)], (p, a, o) => Adx.Batch(p.High, p.Low, p.Close, o, I(a, 0))),
            Single("PLUS_DI", [Period("timeperiod", 14, min: 1)], (p, a, o) => DirectionalLine(p, a, o, plus: true)),
            Single("MINUS_DI", [Period("timeperiod", 14, min: 1)], (p, a, o) => DirectionalLine(p, a, o, plus: false)),
            new(
                "BBANDS",
                [Period("timeperiod", 5), Factor("nbdevup", 2), Factor("nbdevdn", 2), SmaOnly("matype")],
                ["upper", "middle", "lower"],
                (p, a, o) => BollingerBands.Batch(p.Close, o[0], o[1], o[2], I(a, 0), a[1], a[2])
            ),
        ];

    private static void DirectionalLine(PriceColumns p, IReadOnlyList<double> a, double[] output, bool plus)
    {
        var other = new double[p.Count];
        if (plus)
        {
            DirectionalIndex.Batch(p.High, p.Low, p.Close, output, other, I(a, 0));
        }
        else
        {
            DirectionalIndex.Batch(p.High, p.Low, p.Close, other, output, I(a, 0));
        }
    }
}
