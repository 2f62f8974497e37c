using MexcTrader.Core.Indicators.Patterns;

namespace MexcTrader.Tests.Core.Indicators;

/// <summary>How each TA-Lib candlestick reference file is reproduced: a fresh streaming pattern plus its batch form.</summary>
public static class PatternCases
{
    public static readonly IReadOnlyDictionary<string, Func<CandlePattern>> Streaming = new Dictionary<
        string,
        Func<CandlePattern>
    >(StringComparer.Ordinal)
    {
        ["CDLDOJI"] = () => new Doji(),
        ["CDLHAMMER"] = () => new Hammer(),
        ["CDLSHOOTINGSTAR"] = () => new ShootingStar(),
        ["CDLENGULFING"] = () => new Engulfing(),
        ["CDLHARAMI"] = () => new Harami(),
        ["CDLMORNINGSTAR"] = () => new MorningStar(0.3),
        ["CDLEVENINGSTAR"] = () => new EveningStar(0.3),
        ["CDL3WHITESOLDIERS"] = () => new ThreeWhiteSoldiers(),
        ["CDL3BLACKCROWS"] = () => new ThreeBlackCrows(),
    };

    public static readonly IReadOnlyDictionary<string, Func<Ohlcv, int[]>> Batch = new Dictionary<
        string,
        Func<Ohlcv, int[]>
    >(StringComparer.Ordinal)
    {
        ["CDLDOJI"] = d => Run(d, o => Doji.Batch(d.Open, d.High, d.Low, d.Close, o)),
        ["CDLHAMMER"] = d => Run(d, o => Hammer.Batch(d.Open, d.High, d.Low, d.Close, o)),
        ["CDLSHOOTINGSTAR"] = d => Run(d, o => ShootingStar.Batch(d.Open, d.High, d.Low, d.Close, o)),
        ["CDLENGULFING"] = d => Run(d, o => Engulfing.Batch(d.Open, d.High, d.Low, d.Close, o)),
        ["CDLHARAMI"] = d => Run(d, o => Harami.Batch(d.Open, d.High, d.Low, d.Close, o)),
        ["CDLMORNINGSTAR"] = d => Run(d, o => MorningStar.Batch(d.Open, d.High, d.Low, d.Close, o, 0.3)),
        ["CDLEVENINGSTAR"] = d => Run(d, o => EveningStar.Batch(d.Open, d.High, d.Low, d.Close, o, 0.3)),
        ["CDL3WHITESOLDIERS"] = d => Run(d, o => ThreeWhiteSoldiers.Batch(d.Open, d.High, d.Low, d.Close, o)),
        ["CDL3BLACKCROWS"] = d => Run(d, o => ThreeBlackCrows.Batch(d.Open, d.High, d.Low, d.Close, o)),
    };

    private static int[] Run(Ohlcv data, Action<int[]> run)
    {
        var output = new int[data.Count];
        run(output);
        return output;
    }
}
