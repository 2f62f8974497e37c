using MexcTrader.Core.Domain;

namespace MexcTrader.Tests.Core.MarketData;

/// <summary>Interval codes as the import command takes them.</summary>
public sealed class IntervalCodeTests
{
    [Theory]
    [InlineData("1m", Interval.OneMinute)]
    [InlineData("5m", Interval.FiveMinutes)]
    [InlineData("15m", Interval.FifteenMinutes)]
    [InlineData("30m", Interval.ThirtyMinutes)]
    [InlineData("1h", Interval.OneHour)]
    [InlineData("60m", Interval.OneHour)]
    [InlineData("1H", Interval.OneHour)]
    [InlineData("4h", Interval.FourHours)]
    [InlineData("4H", Interval.FourHours)]
    [InlineData("1d", Interval.OneDay)]
    [InlineData("1D", Interval.OneDay)]
    [InlineData("1w", Interval.OneWeek)]
    [InlineData("1W", Interval.OneWeek)]
    [InlineData("1M", Interval.OneMonth)]
    [InlineData(" 1h ", Interval.OneHour)]
    public void TryParse_AcceptsTraderAndMexcCodes(string code, Interval expected)
    {
        Assert.True(Intervals.TryParse(code, out var interval));
        Assert.Equal(expected, interval);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2m")]
    [InlineData("7m")]
    [InlineData("60M")] // 60 months, not an hour
    [InlineData("1y")]
    [InlineData("h")]
    [InlineData("1 h")]
    public void TryParse_RejectsOtherCodes(string code) => Assert.False(Intervals.TryParse(code, out _));

    [Fact]
    public void Minute_AndMonth_DifferOnlyByCase()
    {
        Assert.Equal(Interval.OneMinute, Intervals.Parse("1m"));
        Assert.Equal(Interval.OneMonth, Intervals.Parse("1M"));
    }

    [Fact]
    public void EveryInterval_RoundTripsThroughItsCode()
    {
        foreach (var interval in Intervals.All)
        {
            Assert.Equal(interval, Intervals.Parse(interval.ToCode()));
            Assert.Equal(interval, Intervals.Parse(interval.ToMexcCode()));
        }
    }
}
