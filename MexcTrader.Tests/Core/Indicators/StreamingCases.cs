using MexcTrader.Core.Indicators;

namespace MexcTrader.Tests.Core.Indicators;

/// <summary>
/// The same indicators as <see cref="IndicatorCases"/>, driven one candle at a time through the streaming classes:
/// per row the current value(s), whether the indicator says it is ready, and its declared lookback.
/// </summary>
public static class StreamingCases
{
    public sealed record Run(double[][] Values, bool[] Ready, int Lookback);

    public static readonly IReadOnlyDictionary<string, Func<Ohlcv, Run>> All = new Dictionary<string, Func<Ohlcv, Run>>(
        StringComparer.Ordinal
    )
    {
        ["SMA"] = d => Drive(d, new Sma(20), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["EMA"] = d => Drive(d, new Ema(20), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["WMA"] = d => Drive(d, new Wma(20), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["DEMA"] = d => Drive(d, new Dema(30), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["TEMA"] = d => Drive(d, new Tema(30), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["KAMA"] = d => Drive(d, new Kama(30), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["T3"] = d => Drive(d, new T3(5, 0.7), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["RSI"] = d => Drive(d, new Rsi(14), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["MACD"] = d =>
            Drive(
                d,
                new Macd(12, 26, 9),
                (s, i) =>
                {
                    s.Update(d.Close[i]);
                    return [s.Value, s.Signal, s.Histogram];
                },
                s => s.IsReady,
                s => s.Lookback
            ),
        ["BBANDS"] = d =>
            Drive(
                d,
                new BollingerBands(20, 2, 2),
                (s, i) =>
                {
                    s.Update(d.Close[i]);
                    return [s.Upper, s.Middle, s.Lower];
                },
                s => s.IsReady,
                s => s.Lookback
            ),
        ["ATR"] = d =>
            Drive(
                d,
                new Atr(14),
                (s, i) => [s.Update(d.High[i], d.Low[i], d.Close[i])],
                s => s.IsReady,
                s => s.Lookback
            ),
        ["NATR"] = d =>
            Drive(
                d,
                new Natr(14),
                (s, i) => [s.Update(d.High[i], d.Low[i], d.Close[i])],
                s => s.IsReady,
                s => s.Lookback
            ),
        ["STOCH"] = d =>
            Drive(
                d,
                new Stochastic(14, 3, 3),
                (s, i) =>
                {
                    s.Update(d.High[i], d.Low[i], d.Close[i]);
                    return [s.SlowK, s.SlowD];
                },
                s => s.IsReady,
                s => s.Lookback
            ),
        ["STOCHRSI"] = d =>
            Drive(
                d,
                new StochRsi(14, 14, 3),
                (s, i) =>
                {
                    s.Update(d.Close[i]);
                    return [s.FastK, s.FastD];
                },
                s => s.IsReady,
                s => s.Lookback
            ),
        ["ADX"] = d =>
            Drive(
                d,
                new Adx(14),
                (s, i) => [s.Update(d.High[i], d.Low[i], d.Close[i])],
                s => s.IsReady,
                s => s.Lookback
            ),
        ["PLUS_DI"] = d =>
            Drive(
                d,
                new DirectionalIndex(14),
                (s, i) =>
                {
                    s.Update(d.High[i], d.Low[i], d.Close[i]);
                    return [s.PlusDi];
                },
                s => s.IsReady,
                s => s.Lookback
            ),
        ["MINUS_DI"] = d =>
            Drive(
                d,
                new DirectionalIndex(14),
                (s, i) =>
                {
                    s.Update(d.High[i], d.Low[i], d.Close[i]);
                    return [s.MinusDi];
                },
                s => s.IsReady,
                s => s.Lookback
            ),
        ["CCI"] = d =>
            Drive(
                d,
                new Cci(20),
                (s, i) => [s.Update(d.High[i], d.Low[i], d.Close[i])],
                s => s.IsReady,
                s => s.Lookback
            ),
        ["MFI"] = d =>
            Drive(
                d,
                new Mfi(14),
                (s, i) => [s.Update(d.High[i], d.Low[i], d.Close[i], d.Volume[i])],
                s => s.IsReady,
                s => s.Lookback
            ),
        ["OBV"] = d =>
            Drive(d, new Obv(), (s, i) => [s.Update(d.Close[i], d.Volume[i])], s => s.IsReady, s => s.Lookback),
        ["WILLR"] = d =>
            Drive(
                d,
                new WilliamsR(14),
                (s, i) => [s.Update(d.High[i], d.Low[i], d.Close[i])],
                s => s.IsReady,
                s => s.Lookback
            ),
        ["ROC"] = d => Drive(d, new Roc(10), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["MOM"] = d => Drive(d, new Momentum(10), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["SAR"] = d =>
            Drive(
                d,
                new ParabolicSar(0.02, 0.2),
                (s, i) => [s.Update(d.High[i], d.Low[i])],
                s => s.IsReady,
                s => s.Lookback
            ),
        ["AROON"] = d =>
            Drive(
                d,
                new Aroon(14),
                (s, i) =>
                {
                    s.Update(d.High[i], d.Low[i]);
                    return [s.Down, s.Up];
                },
                s => s.IsReady,
                s => s.Lookback
            ),
        ["TRIX"] = d => Drive(d, new Trix(15), (s, i) => [s.Update(d.Close[i])], s => s.IsReady, s => s.Lookback),
        ["ULTOSC"] = d =>
            Drive(
                d,
                new UltimateOscillator(7, 14, 28),
                (s, i) => [s.Update(d.High[i], d.Low[i], d.Close[i])],
                s => s.IsReady,
                s => s.Lookback
            ),
    };

    private static Run Drive<T>(
        Ohlcv data,
        T sut,
        Func<T, int, double[]> step,
        Func<T, bool> ready,
        Func<T, int> lookback
    )
    {
        double[][]? values = null;
        var readiness = new bool[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            var row = step(sut, i);
            values ??= Enumerable.Range(0, row.Length).Select(_ => new double[data.Count]).ToArray();
            for (var c = 0; c < row.Length; c++)
            {
                values[c][i] = row[c];
            }
            readiness[i] = ready(sut);
        }
        return new Run(values ?? [], readiness, lookback(sut));
    }
}
