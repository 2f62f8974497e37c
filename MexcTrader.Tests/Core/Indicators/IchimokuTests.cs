using MexcTrader.Core.Indicators;

namespace MexcTrader.Tests.Core.Indicators;

public sealed class IchimokuTests
{
    // Periods 2 / 3 / 4, displacement 2, worked by hand:
    // tenkan (2):  –, 9, 9.5, 10.5, 12.5      kijun (3): –, –, 9, 10.5, 11
    // senkou A computed at the row: –, –, 9.25, 10.5, 11.75      senkou B (4): –, –, –, 10, 11
    private static readonly double[] High = [10, 12, 11, 14, 15];
    private static readonly double[] Low = [6, 8, 7, 10, 11];
    private static readonly double[] Close = [8, 11, 9, 13, 12];

    [Fact]
    public void Update_HandWorkedSeries_GivesUnshiftedLinesAndCloudDueNow()
    {
        var sut = new Ichimoku(2, 3, 4, 2);

        for (var i = 0; i < High.Length; i++)
        {
            sut.Update(High[i], Low[i], Close[i]);
        }

        Assert.Equal(12.5, sut.Tenkan);
        Assert.Equal(11.0, sut.Kijun);
        Assert.Equal(11.75, sut.SenkouA);
        Assert.Equal(11.0, sut.SenkouB);
        Assert.Equal(12.0, sut.Chikou);
        Assert.Equal(9.25, sut.CloudA); // computed two candles ago
        Assert.True(double.IsNaN(sut.CloudB)); // senkou B did not exist two candles ago
        Assert.True(sut.IsReady);
    }

    [Fact]
    public void Batch_HandWorkedSeries_IsChartAligned()
    {
        var tenkan = new double[5];
        var kijun = new double[5];
        var senkouA = new double[5];
        var senkouB = new double[5];
        var chikou = new double[5];

        Ichimoku.Batch(High, Low, Close, tenkan, kijun, senkouA, senkouB, chikou, 2, 3, 4, 2);

        Assert.Equal([double.NaN, 9, 9.5, 10.5, 12.5], tenkan);
        Assert.Equal([double.NaN, double.NaN, 9, 10.5, 11], kijun);
        Assert.Equal([double.NaN, double.NaN, double.NaN, double.NaN, 9.25], senkouA);
        Assert.Equal([double.NaN, double.NaN, double.NaN, double.NaN, double.NaN], senkouB);
        Assert.Equal([9, 13, 12, double.NaN, double.NaN], chikou);
    }

    [Fact]
    public void Constructor_ZeroDisplacement_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Ichimoku(9, 26, 52, 0));

        Assert.Equal("displacement", error.ParamName);
    }
}
