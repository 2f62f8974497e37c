using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.Processing;
using Microsoft.Extensions.Time.Testing;
using static MexcTrader.Tests.Core.MarketData.Processing.ProcessingKit;

namespace MexcTrader.Tests.Core.MarketData.Processing;

public sealed class CandleProcessorTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Eth = new("ETHUSDT");

    private readonly FakeTimeProvider _clock = new(Start.AddSeconds(1));
    private readonly RecordingLoader _loader = new();
    private readonly FakeBackfill _backfill = new();

    private CandleProcessor Create(CandleProcessingOptions? options = null) => new(_loader, _backfill, _clock, options);

    [Fact]
    public async Task Post_RepeatedOpenCandleUpdates_PublishesOneClosedCandleWithTheLastValues()
    {
        await using var sut = Create();
        var closed = sut.ClosedCandles(Btc, Interval.OneMinute);

        foreach (var close in new[] { 101m, 102m, 99m, 103m, 104m })
        {
            sut.Post(Minute(0, close));
        }
        sut.Post(Minute(1, 105m));
        var first = await NextAsync(closed);
        await sut.CompleteAsync(default);

        Assert.Equal(Minute(0, 104m, closed: true), first);
        Assert.False(closed.TryRead(out _)); // the minute still open is not final, so not published
        Assert.Equal([first], _loader.Stored);
        Assert.Equal(1, sut.Counters.Published);
    }

    [Fact]
    public async Task Post_OpenCandle_ClosesOnlyWhenTheClockPassesItsEnd()
    {
        await using var sut = Create();
        var closed = sut.ClosedCandles(Btc, Interval.OneMinute);

        sut.Post(Minute(0, 101m));
        await Task.Delay(100);
        var early = closed.TryRead(out _);
        _clock.Advance(TimeSpan.FromSeconds(58));
        await Task.Delay(100);
        var stillEarly = closed.TryRead(out _);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var onTime = await NextAsync(closed);

        Assert.False(early);
        Assert.False(stillEarly);
        Assert.Equal(Minute(0, 101m, closed: true), onTime);
    }

    [Fact]
    public async Task Post_OutOfOrderAndDuplicateUpdates_PublishesEachMinuteOnceInOrder()
    {
        await using var sut = Create();
        var closed = sut.ClosedCandles(Btc, Interval.OneMinute);

        sut.Post(Minute(0, 100m));
        sut.Post(Minute(1, 110m));
        sut.Post(Minute(0, 999m)); // late update of a closed minute
        sut.Post(Minute(1, 111m));
        sut.Post(Minute(1, 112m, closed: true)); // the exchange says it is final
        sut.Post(Minute(1, 998m)); // repeat after the close
        sut.Post(Minute(2, 120m));
        sut.Post(Minute(2, 121m) with { OpenTime = Start.AddMinutes(2).AddSeconds(5) }); // off the grid
        var published = await TakeAsync(closed, 2);
        await sut.CompleteAsync(default);

        Assert.Equal([Minute(0, 100m, closed: true), Minute(1, 112m, closed: true)], published);
        Assert.Equal(2, sut.Counters.Ignored);
        Assert.Equal(1, sut.Counters.Rejected);
        Assert.Empty(_backfill.Asked);
    }

    [Fact]
    public async Task Post_GapBetweenClosedCandles_BackfillsItAndPublishesTheMissingMinutesInOrder()
    {
        await using var sut = Create();
        var closed = sut.ClosedCandles(Btc, Interval.OneMinute);

        sut.Post(Minute(0, 100m));
        sut.Post(Minute(1, 101m));
        sut.Post(Minute(5, 105m));
        sut.Post(Minute(6, 106m));
        var published = await TakeAsync(closed, 6);

        var gap = Assert.Single(_backfill.Asked);
        Assert.Equal((Start.AddMinutes(2), Start.AddMinutes(4), 3L), (gap.First, gap.Last, gap.Count));
        Assert.Equal(Enumerable.Range(0, 6).Select(m => Start.AddMinutes(m)), published.Select(c => c.OpenTime));
        Assert.All(published, c => Assert.True(c.IsClosed));
        Assert.Equal(3, sut.Counters.Backfilled);
    }

    [Fact]
    public async Task ClosedCandles_OnePairsConsumerStalls_OtherPairKeepsFlowing()
    {
        await using var sut = Create(new CandleProcessingOptions { OutboxCapacity = 2, InboxCapacity = 64 });
        var ethClosed = sut.ClosedCandles(Eth, Interval.OneMinute);
        var btcClosed = sut.ClosedCandles(Btc, Interval.OneMinute); // subscribed, read only at the end

        for (var m = 0; m <= 40; m++)
        {
            sut.Post(Minute(m, m, "BTCUSDT"));
            sut.Post(Minute(m, m, "ETHUSDT"));
        }
        var eth = await TakeAsync(ethClosed, 40);

        Assert.Equal(Enumerable.Range(0, 40).Select(m => Start.AddMinutes(m)), eth.Select(c => c.OpenTime));
        Assert.Equal(0, sut.Counters.Dropped);
        Assert.Equal(
            Enumerable.Range(0, 40).Select(m => Start.AddMinutes(m)),
            (await TakeAsync(btcClosed, 40)).Select(c => c.OpenTime)
        );
    }

    [Fact]
    public async Task Post_FirstCandleAfterARestart_BackfillsFromTheLastStoredCandle()
    {
        await using var sut = new CandleProcessor(
            _loader,
            _backfill,
            _clock,
            lastStored: (_, _, _) => Task.FromResult<DateTimeOffset?>(Start.AddMinutes(9))
        );
        var closed = sut.ClosedCandles(Btc, Interval.OneMinute);

        sut.Post(Minute(15, 115m));
        sut.Post(Minute(16, 116m));
        var published = await TakeAsync(closed, 6);

        Assert.Equal(Enumerable.Range(10, 6).Select(m => Start.AddMinutes(m)), published.Select(c => c.OpenTime));
        var gap = Assert.Single(_backfill.Asked);
        Assert.Equal((Start.AddMinutes(10), 5L), (gap.First, gap.Count));
    }

    [Fact]
    public async Task Post_InboxOverflowsWhileConsumerStalls_LostMinutesAreBackfilledInOrder()
    {
        await using var sut = new CandleProcessor(
            _loader,
            _backfill,
            _clock,
            new CandleProcessingOptions { InboxCapacity = 4, OutboxCapacity = 1 },
            lastStored: (_, _, _) => Task.FromResult<DateTimeOffset?>(Start.AddMinutes(-1))
        );
        var closed = sut.ClosedCandles(Btc, Interval.OneMinute);

        for (var m = 0; m <= 30; m++)
        {
            sut.Post(Minute(m, m));
        }
        var published = await TakeAsync(closed, 30);

        Assert.True(sut.Counters.Dropped > 0);
        Assert.Equal(Enumerable.Range(0, 30).Select(m => Start.AddMinutes(m)), published.Select(c => c.OpenTime));
    }
}
