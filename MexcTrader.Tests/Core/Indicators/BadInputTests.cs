using MexcTrader.Core.Indicators;
using MexcTrader.Core.Indicators.Patterns;

namespace MexcTrader.Tests.Core.Indicators;

/// <summary>A NaN or infinite price is refused with a clear error and leaves the indicator exactly as it was.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, Func<Func<double, double>>> Streams() =>
        new()
        {
            { "SMA", () => Feed(new Sma(5), (s, x) => s.Update(x)) },
            { "EMA", () => Feed(new Ema(5), (s, x) => s.Update(x)) },
            { "WMA", () => Feed(new Wma(5), (s, x) => s.Update(x)) },
            { "DEMA", () => Feed(new Dema(5), (s, x) => s.Update(x)) },
            { "T3", () => Feed(new T3(3), (s, x) => s.Update(x)) },
            { "KAMA", () => Feed(new Kama(5), (s, x) => s.Update(x)) },
            { "RSI", () => Feed(new Rsi(5), (s, x) => s.Update(x)) },
            { "MACD", () => Feed(new Macd(3, 6, 3), (s, x) => s.Update(x) ? s.Histogram : double.NaN) },
            { "BBANDS", () => Feed(new BollingerBands(5), (s, x) => s.Update(x) ? s.Upper : double.NaN) },
            { "ATR", () => Feed(new Atr(5), (s, x) => s.Update(x + 2, x - 1, x)) },
            { "ADX", () => Feed(new Adx(3), (s, x) => s.Update(x + 2, x - 1, x)) },
            { "STOCH", () => Feed(new Stochastic(5), (s, x) => s.Update(x + 2, x - 1, x) ? s.SlowK : double.NaN) },
            { "CCI", () => Feed(new Cci(5), (s, x) => s.Update(x + 2, x - 1, x)) },
            { "MFI", () => Feed(new Mfi(5), (s, x) => s.Update(x + 2, x - 1, x, 3)) },
            { "OBV", () => Feed(new Obv(), (s, x) => s.Update(x, 3)) },
            { "SAR", () => Feed(new ParabolicSar(), (s, x) => s.Update(x + 2, x - 1)) },
            { "AROON", () => Feed(new Aroon(5), (s, x) => s.Update(x + 2, x - 1) ? s.Up : double.NaN) },
            { "ULTOSC", () => Feed(new UltimateOscillator(2, 3, 4), (s, x) => s.Update(x + 2, x - 1, x)) },
            { "VWAP", () => Feed(new Vwap(), (s, x) => s.Update(x + 2, x - 1, x, 3)) },
            { "SuperTrend", () => Feed(new SuperTrend(3), (s, x) => s.Update(x + 2, x - 1, x)) },
            {
                "Ichimoku",
                () =>
                    Feed(
                        new Ichimoku(2, 3, 4, 2),
                        (s, x) =>
                        {
                            s.Update(x + 2, x - 1, x);
                            return s.Tenkan;
                        }
                    )
            },
            { "CDLDOJI", () => Feed(new Doji(), (s, x) => s.Update(x - 0.5, x + 2, x - 1, x)) },
        };

    [Theory]
    [MemberData(nameof(Streams))]
    public void Update_NonFinitePrice_ThrowsAndLosesNothing(string name, Func<Func<double, double>> create)
    {
        var prices = ReferenceData.Input(ReferenceData.Hourly).Close[..60];
        var clean = create();
        var sut = create();
        for (var i = 0; i < 30; i++)
        {
            clean(prices[i]);
            sut(prices[i]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => sut(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut(double.PositiveInfinity));

        for (var i = 30; i < prices.Length; i++)
        {
            Assert.True(clean(prices[i]).Equals(sut(prices[i])), $"{name} drifted at row {i} after refusing bad input");
        }
    }

    [Fact]
    public void Update_NegativeVolume_ThrowsNamingVolume()
    {
        var sut = new Mfi(5);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.Update(2, 1, 1.5, -1));

        Assert.Equal("volume", error.ParamName);
    }

    [Fact]
    public void Batch_NaNInInput_ThrowsNamingTheRowAndWritesNothing()
    {
        double[] input = [1, 2, 3, double.NaN, 5, 6, 7, 8, 9, 10];
        var output = Enumerable.Repeat(-1.0, input.Length).ToArray();

        var error = Assert.Throws<ArgumentException>(() => Ema.Batch(input, output, 3));

        Assert.Equal("input", error.ParamName);
        Assert.Contains("input[3]", error.Message, StringComparison.Ordinal);
        Assert.All(output, v => Assert.Equal(-1.0, v));
    }

    [Fact]
    public void Batch_InfinityInLongColumn_IsFoundPastTheVectorisedPart()
    {
        var high = Enumerable.Range(0, 1_003).Select(i => 100.0 + i).ToArray();
        high[1_001] = double.NegativeInfinity;
        var output = new double[high.Length];

        var error = Assert.Throws<ArgumentException>(() => Atr.Batch(high, high, high, output, 14));

        Assert.Contains("high[1001]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatternBatch_NaNOpen_Throws()
    {
        double[] good = [1, 2, 3];
        double[] open = [1, double.NaN, 3];

        var error = Assert.Throws<ArgumentException>(() => Doji.Batch(open, good, good, good, new int[3]));

        Assert.Equal("open", error.ParamName);
    }

    private static Func<double, double> Feed<T>(T sut, Func<T, double, double> step) => x => step(sut, x);
}
