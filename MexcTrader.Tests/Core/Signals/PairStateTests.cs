using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;

namespace MexcTrader.Tests.Core.Signals;

public sealed class PairStateTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Indexer_AfterWindowWraps_ReturnsNewestFirstWithinCapacity()
    {
        var sut = new PairState(new Symbol("BTCUSDT"), Interval.OneHour, capacity: 3);

        for (var i = 0; i < 5; i++)
        {
            sut.Add(new Bar(T0.AddHours(i), i, i, i, i, 1));
        }

        Assert.Equal(5, sut.Count);
        Assert.Equal([4d, 3, 2], [sut[0].Close, sut[1].Close, sut[2].Close]);
        Assert.Throws<ArgumentOutOfRangeException>(() => sut[3]);
        Assert.Equal(T0.AddHours(5), sut.Now);
    }

    [Fact]
    public void Add_WhenCandleIsNotNewer_ThrowsAndKeepsState()
    {
        var sut = new PairState(new Symbol("BTCUSDT"), Interval.OneHour);
        sut.Add(new Bar(T0, 1, 1, 1, 1, 1));

        Assert.Throws<ArgumentException>(() => sut.Add(new Bar(T0, 2, 2, 2, 2, 1)));

        Assert.Equal(1, sut.Count);
        Assert.Equal(1, sut.Last.Close);
    }

    [Fact]
    public void Feature_WhenRegistered_IsUpdatedOncePerCandleAndShared()
    {
        var sut = new PairState(new Symbol("BTCUSDT"), Interval.OneHour);
        var counter = sut.Feature("count", () => new CountingFeature());

        sut.Add(new Bar(T0, 1, 1, 1, 1, 1));
        sut.Add(new Bar(T0.AddHours(1), 1, 1, 1, 1, 1));

        Assert.Same(counter, sut.Feature("count", () => new CountingFeature()));
        Assert.Equal(2, counter.Updates);
    }

    private sealed class CountingFeature : IPairFeature
    {
        public int Updates { get; private set; }

        public void Update(in Bar bar) => Updates++;
    }
}
