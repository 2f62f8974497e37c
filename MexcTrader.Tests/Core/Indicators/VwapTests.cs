using MexcTrader.Core.Indicators;

namespace MexcTrader.Tests.Core.Indicators;

public sealed class VwapTests
{
    private const long Hour = 3_600_000;
    private const long Day = 24 * Hour;

    [Fact]
    public void Update_OverTwoCandles_WeightsTypicalPriceByVolume()
    {
        var sut = new Vwap();

        sut.Update(12, 8, 10, 1); // TP 10
        var value = sut.Update(13, 11, 12, 3); // TP 12

        Assert.Equal((10.0 * 1 + 12.0 * 3) / 4, value, 12); // 11.5
        Assert.True(sut.IsReady);
    }

    [Fact]
    public void Update_ZeroVolumeCandle_LeavesVwapUnchanged()
    {
        var sut = new Vwap();
        sut.Update(12, 8, 10, 1);
        sut.Update(13, 11, 12, 3);

        var value = sut.Update(9, 6, 6, 0);

        Assert.Equal(11.5, value, 12);
    }

    [Fact]
    public void Update_BeforeAnyVolume_ReturnsTypicalPrice()
    {
        var sut = new Vwap();

        var value = sut.Update(9, 6, 6, 0);

        Assert.Equal(7.0, value, 12);
    }

    [Fact]
    public void Update_WithDailySession_RestartsAtUtcMidnight()
    {
        var sut = new Vwap(TimeSpan.FromDays(1));
        sut.Update(0, 12, 8, 10, 1);
        var sameDay = sut.Update(23 * Hour, 13, 11, 12, 3);

        var nextDay = sut.Update(Day, 21, 18, 18, 2); // TP 19, alone in its session

        Assert.Equal(11.5, sameDay, 12);
        Assert.Equal(19.0, nextDay, 12);
    }

    [Fact]
    public void Update_WithoutSession_IgnoresDayChange()
    {
        var sut = new Vwap();
        sut.Update(0, 12, 8, 10, 1);
        sut.Update(23 * Hour, 13, 11, 12, 3);

        var value = sut.Update(Day, 21, 18, 18, 2);

        Assert.Equal((10.0 + 36.0 + 38.0) / 6, value, 12);
    }

    [Fact]
    public void Update_NegativeVolume_ThrowsAndKeepsState()
    {
        var sut = new Vwap();
        sut.Update(12, 8, 10, 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.Update(13, 11, 12, -3));

        Assert.Equal("volume", error.ParamName);
        Assert.Equal(10.0, sut.Update(12, 8, 10, 1), 12);
    }

    [Fact]
    public void Batch_WithSession_MatchesStreaming()
    {
        long[] times = [0, 23 * Hour, Day, Day + Hour];
        double[] high = [12, 13, 21, 20];
        double[] low = [8, 11, 18, 16];
        double[] close = [10, 12, 18, 18];
        double[] volume = [1, 3, 2, 2];
        var output = new double[4];

        Vwap.Batch(times, high, low, close, volume, output, TimeSpan.FromDays(1));

        Assert.Equal([10.0, 11.5, 19.0, 18.5], output.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Constructor_NonPositiveSession_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Vwap(TimeSpan.Zero));

        Assert.Equal("session", error.ParamName);
    }
}
