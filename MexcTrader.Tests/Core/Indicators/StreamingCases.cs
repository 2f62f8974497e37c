using MexcTrader.Core.Indicators;

namespace MexcTrader.Tests.Core.Indicators;

/// <summary>
/// The same indicators as <see cref="IndicatorCases"/>, driven one candle at a time through the streaming classes:
/// per row the current value(s), whether the indicator says it is ready, and its declared lookback.
/// </summary>
public static partial class StreamingCases
{
    public sealed record Run(double[][] Values, bool[] Ready, int Lookback);

    private static readonly Dictionary<string, Func<Ohlcv, Run>> OnClose = new(StringComparer.Ordinal)
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
    };

    // A property, not a field initializer: partial-class field initializers in different files have no defined order.
    public static IReadOnlyDictionary<string, Func<Ohlcv, Run>> All =>
        OnClose.Concat(OnCandles).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

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
