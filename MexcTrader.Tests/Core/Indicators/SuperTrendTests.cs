using MexcTrader.Core.Indicators;

namespace MexcTrader.Tests.Core.Indicators;

public sealed class SuperTrendTests
{
    // Worked by hand with period 2, multiplier 1:
    // row 2: ATR = (2 + 2)/2 = 2, mid 11 → bands 13 / 9, starts down → 13
    // row 3: ATR = (2·1 + 3)/2 = 2.5, mid 13 → basic 15.5 / 10.5; upper keeps 13, lower rises to 10.5;
    //        close 13.5 > 13 → up → 10.5
    // row 4: ATR = (2.5 + 4.5)/2 = 3.5, mid 11 → basic 14.5 / 7.5; previous close 13.5 > 13 so upper = 14.5;
    //        lower keeps 10.5; close 9.5 < 10.5 → down → 14.5
    private static readonly double[] High = [10, 11, 12, 14, 13];
    private static readonly double[] Low = [8, 9, 10, 12, 9];
    private static readonly double[] Close = [9, 10, 11, 13.5, 9.5];

    [Fact]
    public void Batch_HandWorkedSeries_FollowsBandsAndFlips()
    {
        var value = new double[5];
        var direction = new double[5];

        SuperTrend.Batch(High, Low, Close, value, direction, period: 2, multiplier: 1);

        Assert.Equal([double.NaN, double.NaN, 13.0, 10.5, 14.5], value);
        Assert.Equal([double.NaN, double.NaN, -1.0, 1.0, -1.0], direction);
    }

    [Fact]
    public void Update_HandWorkedSeries_ExposesFinalBands()
    {
        var sut = new SuperTrend(2, 1);

        for (var i = 0; i < 4; i++)
        {
            sut.Update(High[i], Low[i], Close[i]);
        }

        Assert.Equal(13.0, sut.UpperBand);
        Assert.Equal(10.5, sut.LowerBand);
        Assert.Equal(1, sut.Direction);
        Assert.Equal(2, sut.Lookback);
    }

    [Fact]
    public void Constructor_NegativeMultiplier_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SuperTrend(10, -3));

        Assert.Equal("multiplier", error.ParamName);
    }
}
