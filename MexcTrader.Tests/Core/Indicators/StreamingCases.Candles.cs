using MexcTrader.Core.Indicators;

namespace MexcTrader.Tests.Core.Indicators;

public static partial class StreamingCases
{
    private static readonly Dictionary<string, Func<Ohlcv, Run>> OnCandles = new(StringComparer.Ordinal)
    {
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
}
