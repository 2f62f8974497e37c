using MexcTrader.Core.Indicators.Patterns;

namespace MexcTrader.Core.Indicators.Spec;

public static partial class IndicatorCatalog
{
    private static IEnumerable<IndicatorDefinition> Patterns() =>
        [
            Pattern("CDLDOJI", _ => new Doji()),
            Pattern("CDLHAMMER", _ => new Hammer()),
            Pattern("CDLSHOOTINGSTAR", _ => new ShootingStar()),
            Pattern("CDLENGULFING", _ => new Engulfing()),
            Pattern("CDLHARAMI", _ => new Harami()),
            Pattern("CDL3WHITESOLDIERS", _ => new ThreeWhiteSoldiers()),
            Pattern("CDL3BLACKCROWS", _ => new ThreeBlackCrows()),
            Pattern("CDLMORNINGSTAR", a => new MorningStar(a[0]), Factor("penetration", 0.3)),
            Pattern("CDLEVENINGSTAR", a => new EveningStar(a[0]), Factor("penetration", 0.3)),
        ];

    // Streaming rather than Batch: the batch form writes 0 inside the lookback, the CSV wants empty cells there.
    private static IndicatorDefinition Pattern(
        string name,
        Func<IReadOnlyList<double>, CandlePattern> create,
        params IndicatorParameter[] parameters
    ) =>
        Single(
            name,
            parameters,
            (p, a, o) =>
            {
                var pattern = create(a);
                for (var i = 0; i < p.Count; i++)
                {
                    var value = pattern.Update(p.Open[i], p.High[i], p.Low[i], p.Close[i]);
                    o[i] = pattern.IsReady ? value : double.NaN;
                }
            }
        );
}
