using MexcTrader.Core.Indicators;

namespace MexcTrader.Tests.Core.Indicators;

/// <summary>
/// How each TA-Lib reference file is reproduced with our batch API (parameters as in the reference README),
/// columns in the file's order.
/// </summary>
public static class IndicatorCases
{
    public static readonly IReadOnlyDictionary<string, Func<Ohlcv, double[][]>> Batch = new Dictionary<
        string,
        Func<Ohlcv, double[][]>
    >(StringComparer.Ordinal)
    {
        ["SMA"] = d => One(d, o => Sma.Batch(d.Close, o, 20)),
        ["EMA"] = d => One(d, o => Ema.Batch(d.Close, o, 20)),
        ["WMA"] = d => One(d, o => Wma.Batch(d.Close, o, 20)),
        ["DEMA"] = d => One(d, o => Dema.Batch(d.Close, o, 30)),
        ["TEMA"] = d => One(d, o => Tema.Batch(d.Close, o, 30)),
        ["KAMA"] = d => One(d, o => Kama.Batch(d.Close, o, 30)),
        ["T3"] = d => One(d, o => T3.Batch(d.Close, o, 5, 0.7)),
        ["RSI"] = d => One(d, o => Rsi.Batch(d.Close, o, 14)),
        ["MACD"] = d => Many(d, 3, o => Macd.Batch(d.Close, o[0], o[1], o[2], 12, 26, 9)),
        ["BBANDS"] = d => Many(d, 3, o => BollingerBands.Batch(d.Close, o[0], o[1], o[2], 20, 2, 2)),
        ["ATR"] = d => One(d, o => Atr.Batch(d.High, d.Low, d.Close, o, 14)),
        ["NATR"] = d => One(d, o => Natr.Batch(d.High, d.Low, d.Close, o, 14)),
        ["STOCH"] = d => Many(d, 2, o => Stochastic.Batch(d.High, d.Low, d.Close, o[0], o[1], 14, 3, 3)),
        ["STOCHRSI"] = d => Many(d, 2, o => StochRsi.Batch(d.Close, o[0], o[1], 14, 14, 3)),
        ["ADX"] = d => One(d, o => Adx.Batch(d.High, d.Low, d.Close, o, 14)),
        ["PLUS_DI"] = d => Many(d, 2, o => DirectionalIndex.Batch(d.High, d.Low, d.Close, o[0], o[1], 14))[..1],
        ["MINUS_DI"] = d => Many(d, 2, o => DirectionalIndex.Batch(d.High, d.Low, d.Close, o[0], o[1], 14))[1..],
        ["CCI"] = d => One(d, o => Cci.Batch(d.High, d.Low, d.Close, o, 20)),
        ["MFI"] = d => One(d, o => Mfi.Batch(d.High, d.Low, d.Close, d.Volume, o, 14)),
        ["OBV"] = d => One(d, o => Obv.Batch(d.Close, d.Volume, o)),
        ["WILLR"] = d => One(d, o => WilliamsR.Batch(d.High, d.Low, d.Close, o, 14)),
        ["ROC"] = d => One(d, o => Roc.Batch(d.Close, o, 10)),
        ["MOM"] = d => One(d, o => Momentum.Batch(d.Close, o, 10)),
        ["SAR"] = d => One(d, o => ParabolicSar.Batch(d.High, d.Low, o, 0.02, 0.2)),
        ["AROON"] = d => Many(d, 2, o => Aroon.Batch(d.High, d.Low, o[0], o[1], 14)),
        ["TRIX"] = d => One(d, o => Trix.Batch(d.Close, o, 15)),
        ["ULTOSC"] = d => One(d, o => UltimateOscillator.Batch(d.High, d.Low, d.Close, o, 7, 14, 28)),
    };

    private static double[][] One(Ohlcv data, Action<double[]> run)
    {
        var output = new double[data.Count];
        run(output);
        return [output];
    }

    private static double[][] Many(Ohlcv data, int count, Action<double[][]> run)
    {
        var outputs = new double[count][];
        for (var i = 0; i < count; i++)
        {
            outputs[i] = new double[data.Count];
        }
        run(outputs);
        return outputs;
    }
}
