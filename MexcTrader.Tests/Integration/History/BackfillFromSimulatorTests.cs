using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Tests.Integration.History;

/// <summary>Acceptance: holes cut into a real series are found and back-filled over HTTP from the wire simulator.</summary>
public sealed class BackfillFromSimulatorTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task FillAsync_HolesCutIntoRealSeries_RestoresTheSourceExactlyAndLeavesOutagesUnfillable(
        StorageProvider provider
    )
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var source = HistoryKit.SolHours(1_500);
        await using var sim = await HistoryKit.StartSimulatorAsync(source);
        using var services = HistoryKit.MexcClient(sim.BaseUrl, out var client);
        await CandleBulkLoaders.For(db.Connection).LoadAsync(source, default);
        var cut = new[] { (100, 199), (700, 701), (1_200, 1_200), (1_499, 1_499) };
        foreach (var (first, last) in cut)
        {
            await using var context = db.CreateContext();
            var (from, to) = (source[first].OpenTime, source[last].OpenTime);
            await context
                .Candles.Where(c => c.Symbol == HistoryKit.Sol && c.OpenTime >= from && c.OpenTime <= to)
                .ExecuteDeleteAsync();
        }
        var detector = new GapDetector(db.ContextFactory);
        var range = new CandleRange(
            HistoryKit.Sol,
            Interval.OneHour,
            source[0].OpenTime,
            source[^1].OpenTime.AddHours(1)
        );
        var outages = await GapsOfAsync(source, range);
        var sut = HistoryKit.Filler(db, new MexcKlineSource(client));

        var gaps = await detector.FindAsync(range, default);
        var filled = await sut.FillAsync(gaps, null, default);

        Assert.Equal(outages.Count + cut.Length, gaps.Count);
        Assert.True(filled.IsSuccess, filled.Failure?.ToString());
        Assert.Equal(cut.Sum(c => c.Item2 - c.Item1 + 1), filled.Value.Sum(r => r.Added));
        Assert.Equal(outages, filled.Value.SelectMany(r => r.Unfillable).Select(g => (g.First, g.Count)));
        var stored = await new CandleReader(db.ContextFactory).ReadAsync(range, 10_000, default);
        Assert.Equal(source, stored);
        Assert.Equal(outages, (await detector.FindAsync(range, default)).Select(g => (g.First, g.Count)));
    }

    [SkippableFact]
    public async Task FillAsync_SourceFails_ReturnsItsFailureAndStoresNothing()
    {
        await using var db = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var source = HistoryKit.SolHours(20);
        var gap = new CandleGap(HistoryKit.Sol, Interval.OneHour, source[0].OpenTime, source[^1].OpenTime, 20);
        var sut = HistoryKit.Filler(db, new FailingSource());

        var filled = await sut.FillAsync([gap], null, default);

        Assert.Equal("test.down", filled.Failure?.Code);
        Assert.Equal(
            0,
            await new CandleReader(db.ContextFactory).CountAsync(HistoryKit.Sol, Interval.OneHour, default)
        );
    }

    // The real outages of the source, found independently of the detector: consecutive open times more than 1 h apart.
    private static Task<List<(DateTimeOffset, long)>> GapsOfAsync(
        IReadOnlyList<MexcTrader.Core.MarketData.Candle> source,
        CandleRange range
    ) =>
        Task.FromResult(
            source
                .Zip(source.Skip(1))
                .Where(p => p.Second.OpenTime - p.First.OpenTime > TimeSpan.FromHours(1))
                .Select(p =>
                    (p.First.OpenTime.AddHours(1), (long)((p.Second.OpenTime - p.First.OpenTime).TotalHours - 1))
                )
                .Where(g => g.Item1 >= range.From)
                .ToList()
        );

    private sealed class FailingSource : IKlineSource
    {
        public Task<Result<IReadOnlyList<MexcTrader.Core.MarketData.Candle>>> GetKlinesAsync(
            Symbol symbol,
            Interval interval,
            DateTimeOffset first,
            DateTimeOffset last,
            CancellationToken ct
        ) =>
            Task.FromResult(
                Result.Fail<IReadOnlyList<MexcTrader.Core.MarketData.Candle>>(new Failure("test.down", "exchange down"))
            );
    }
}
