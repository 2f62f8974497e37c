using MexcTrader.Core.Indicators;
using MexcTrader.Core.Indicators.Patterns;

namespace MexcTrader.Tests.Core.Indicators;

public sealed class ParameterValidationTests
{
    public static TheoryData<string, Func<object>> BadParameters() =>
        new()
        {
            { "period", () => new Sma(0) },
            { "period", () => new Ema(0) },
            { "period", () => new Wma(-1) },
            { "period", () => new Dema(0) },
            { "period", () => new Tema(0) },
            { "period", () => new Kama(0) },
            { "period", () => new T3(0) },
            { "volumeFactor", () => new T3(5, -0.1) },
            { "period", () => new Rsi(0) },
            { "fastPeriod", () => new Macd(0, 26, 9) },
            { "slowPeriod", () => new Macd(12, 0, 9) },
            { "signalPeriod", () => new Macd(12, 26, 0) },
            { "period", () => new BollingerBands(0) },
            { "deviationsUp", () => new BollingerBands(20, double.NaN) },
            { "deviationsDown", () => new BollingerBands(20, 2, -2) },
            { "period", () => new Atr(0) },
            { "period", () => new Natr(0) },
            { "period", () => new DirectionalIndex(0) },
            { "period", () => new Adx(0) },
            { "fastKPeriod", () => new Stochastic(0) },
            { "slowKPeriod", () => new Stochastic(14, 0) },
            { "slowDPeriod", () => new Stochastic(14, 3, 0) },
            { "period", () => new StochRsi(0) },
            { "fastKPeriod", () => new StochRsi(14, 0) },
            { "fastDPeriod", () => new StochRsi(14, 14, 0) },
            { "period", () => new Cci(0) },
            { "period", () => new Mfi(0) },
            { "period", () => new WilliamsR(0) },
            { "period", () => new Roc(0) },
            { "period", () => new Momentum(0) },
            { "acceleration", () => new ParabolicSar(-0.02) },
            { "maximum", () => new ParabolicSar(0.02, double.PositiveInfinity) },
            { "period", () => new Aroon(0) },
            { "period", () => new Trix(0) },
            { "period1", () => new UltimateOscillator(0) },
            { "period3", () => new UltimateOscillator(7, 14, -28) },
            { "penetration", () => new MorningStar(-0.3) },
            { "penetration", () => new EveningStar(double.NaN) },
        };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void Constructor_WithOutOfRangeParameter_ThrowsNamingIt(string parameter, Func<object> create)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(parameter + " must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_WithZeroPeriod_ThrowsBeforeWritingAnything()
    {
        var output = new[] { 7.0, 7.0 };

        Assert.Throws<ArgumentOutOfRangeException>(() => Sma.Batch([1.0, 2.0], output, 0));

        Assert.Equal([7.0, 7.0], output);
    }

    [Fact]
    public void Batch_WithOutputOfDifferentLength_ThrowsAndWritesNothing()
    {
        var output = new[] { 7.0, 7.0 };

        var error = Assert.Throws<ArgumentException>(() => Ema.Batch([1.0, 2.0, 3.0], output, 2));

        Assert.Equal("output", error.ParamName);
        Assert.Contains("same length", error.Message, StringComparison.Ordinal);
        Assert.Equal([7.0, 7.0], output);
    }

    [Fact]
    public void Batch_WithInputColumnsOfDifferentLengths_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Atr.Batch([1.0, 2.0], [1.0], [1.0, 2.0], new double[2], 1));

        Assert.Equal("low", error.ParamName);
    }

    [Fact]
    public void PatternBatch_WithOutputOfDifferentLength_Throws()
    {
        double[] column = [1.0, 2.0, 3.0];

        var error = Assert.Throws<ArgumentException>(() => Doji.Batch(column, column, column, column, new int[2]));

        Assert.Equal("output", error.ParamName);
    }

    [Fact]
    public void Macd_WithFastSlowerThanSlow_SwapsThemAsTaLib()
    {
        var sut = new Macd(26, 12, 9);

        Assert.Equal(12, sut.FastPeriod);
        Assert.Equal(26, sut.SlowPeriod);
        Assert.Equal(33, sut.Lookback);
    }
}
