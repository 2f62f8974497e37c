using MexcTrader.Core.Indicators.Spec;

namespace MexcTrader.Tests.Core.Indicators.Spec;

public sealed class IndicatorSpecParserTests
{
    [Fact]
    public void Parse_WhenTrailingParametersOmitted_FillsTaLibDefaults()
    {
        var result = IndicatorSpecParser.Parse("BBANDS(20,2,2), STOCH(14), CDLMORNINGSTAR, macd");

        Assert.True(result.IsSuccess, result.Failure?.Message);
        var specs = result.Value;
        Assert.Equal([20d, 2, 2, 0], specs[0].Arguments);
        Assert.Equal([14d, 3, 0, 3, 0], specs[1].Arguments);
        Assert.Equal([0.3], specs[2].Arguments);
        Assert.Equal([12d, 26, 9], specs[3].Arguments);
    }

    [Fact]
    public void Parse_WhenSeveralOutputs_NamesColumnsItemDotOutput()
    {
        var specs = IndicatorSpecParser.Parse("SMA(20),MACD(12, 26, 9),AROON(14),STOCHRSI(14,14,3,0)").Value;

        Assert.Equal(["SMA(20)"], specs[0].ColumnNames);
        Assert.Equal(["MACD(12,26,9).macd", "MACD(12,26,9).signal", "MACD(12,26,9).hist"], specs[1].ColumnNames);
        Assert.Equal(["AROON(14).down", "AROON(14).up"], specs[2].ColumnNames);
        Assert.Equal(["STOCHRSI(14,14,3,0).fastk", "STOCHRSI(14,14,3,0).fastd"], specs[3].ColumnNames);
    }

    [Theory]
    [InlineData("FOO(3)", "unknown indicator 'FOO'")]
    [InlineData("SMA(20", "unbalanced parentheses")]
    [InlineData("SMA(20))", "unbalanced parentheses")]
    [InlineData("SMA(0)", "timeperiod is '0'")]
    [InlineData("SMA(2.5)", "must be an integer")]
    [InlineData("SMA(abc)", "timeperiod is 'abc'")]
    [InlineData("SMA(20,3)", "takes at most 1")]
    [InlineData("BBANDS(20,2,2,1)", "matype is '1'")]
    [InlineData("SMA(20),,RSI", "an item is empty")]
    [InlineData("SMA(20),SMA(20)", "listed twice")]
    [InlineData("  ", "the spec is empty")]
    [InlineData("SMA(20)x", "must look like NAME")]
    public void Parse_WhenSpecIsBad_FailsWithClearMessage(string spec, string expected)
    {
        var result = IndicatorSpecParser.Parse(spec);

        Assert.False(result.IsSuccess);
        Assert.Equal(IndicatorSpecParser.FailureCode, result.Failure.Code);
        Assert.Contains(expected, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenNameUnknown_ListsEverySupportedFunction()
    {
        var message = IndicatorSpecParser.Parse("SMAA(20)").Failure!.Message;

        foreach (var definition in IndicatorCatalog.All)
        {
            Assert.Contains(definition.Usage, message, StringComparison.Ordinal);
        }
        Assert.Contains("MACD(fastperiod=12, slowperiod=26, signalperiod=9)", message, StringComparison.Ordinal);
    }
}
