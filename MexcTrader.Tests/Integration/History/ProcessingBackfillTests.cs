using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.MarketData.Processing;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace MexcTrader.Tests.Integration.History;

/// <summary>The processing stage with the real back-fill: a hole in the live feed is fetched over HTTP from the simulator.</summary>
public sealed class ProcessingBackfillTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Post_FeedMissesCandles_StageBackfillsFromTheExchangeAndStoresAndPublishesTheSource(
        StorageProvider provider
    )
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        // rows 0..99 of the real series have no outage, so every hour exists on the exchange
        var source = HistoryKit.SolHours(100);
        await using var sim = await HistoryKit.StartSimulatorAsync(source);
        using var services = HistoryKit.MexcClient(sim.BaseUrl, out var client);
        var loader = CandleBulkLoaders.For(db.Connection);
        var reader = new CandleReader(db.ContextFactory);
        var backfill = new StoreGapBackfill(
            new GapFiller(new MexcKlineSource(client), loader, new GapDetector(db.ContextFactory)),
            reader
        );
        var clock = new FakeTimeProvider(source[0].OpenTime);
        await using var sut = new CandleProcessor(loader, backfill, clock);
        var closed = sut.ClosedCandles(HistoryKit.Sol, Interval.OneHour);

        foreach (var (candle, i) in source.Select((c, i) => (c, i)).Where(p => p.i is < 30 or > 59))
        {
            sut.Post(candle with { IsClosed = false });
        }
        clock.Advance(source[^1].OpenTime.AddHours(1) - clock.GetUtcNow()); // the last hour ends
        var published = new List<MexcTrader.Core.MarketData.Candle>();
        for (var i = 0; i < source.Count; i++)
        {
            published.Add(await closed.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        }
        await sut.CompleteAsync(default);

        Assert.Equal(source, published);
        var range = new CandleRange(
            HistoryKit.Sol,
            Interval.OneHour,
            source[0].OpenTime,
            source[^1].OpenTime.AddHours(1)
        );
        Assert.Equal(source, await reader.ReadAsync(range, 1_000, default));
        Assert.Equal(1, sut.Counters.Gaps);
        Assert.Equal(30, sut.Counters.Backfilled);
    }
}
