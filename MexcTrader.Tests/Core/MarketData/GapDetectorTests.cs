using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using Xunit.Abstractions;

namespace MexcTrader.Tests.Core.MarketData;

public sealed class GapDetectorTests(ITestOutputHelper output)
{
    private static readonly Symbol Sol = new("SOLUSDT");

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task FindInSeriesAsync_OnImportedRealSeries_FindsExactlyTheListedGaps(StorageProvider provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var file = CandleFileReader.Read(SharedData.File("data/binance-spot/SOLUSDT-1h.csv"), Sol, Interval.OneHour);
        await CandleBulkLoaders.For(db.Connection).LoadAsync(file.Value.Candles, default);
        var sut = new GapDetector(db.ContextFactory);

        var gaps = await sut.FindInSeriesAsync(Sol, Interval.OneHour, default);

        Assert.Equal(ListedGaps("binance-spot/SOLUSDT-1h.csv"), gaps.Select(g => (g.First, g.Last, g.Count)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task FindInSeriesAsync_130kMinuteSeriesWithAHoleCut_FindsOnlyThatHole(StorageProvider provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var btc = new Symbol("BTCUSDT");
        var candles = CandleFileReader
            .Read(SharedData.File("data/binance-spot/BTCUSDT-1m.csv.gz"), btc, Interval.OneMinute)
            .Value.Candles;
        await CandleBulkLoaders
            .For(db.Connection)
            .LoadAsync([.. candles.Where((_, i) => i is < 70_000 or >= 70_123)], default);
        var sut = new GapDetector(db.ContextFactory);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var gaps = await sut.FindInSeriesAsync(btc, Interval.OneMinute, default);
        output.WriteLine(
            $"{provider}: {candles.Count - 123:N0} stored open times scanned in {watch.ElapsedMilliseconds} ms"
        );

        var gap = Assert.Single(gaps);
        Assert.Equal((candles[70_000].OpenTime, candles[70_122].OpenTime, 123L), (gap.First, gap.Last, gap.Count));
    }

    [SkippableFact]
    public async Task FindAsync_RangeWiderThanStored_ReportsLeadingAndTrailingHoles()
    {
        await using var db = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var candles = CandleFileReader
            .Read(SharedData.File("data/binance-spot/SOLUSDT-1h.csv"), Sol, Interval.OneHour)
            .Value.Candles.Take(10)
            .ToList();
        await CandleBulkLoaders.For(db.Connection).LoadAsync(candles, default);
        var sut = new GapDetector(db.ContextFactory);
        // an unaligned start rounds up to the next hour
        var from = candles[0].OpenTime.AddHours(-3).AddMinutes(-30);
        var to = candles[^1].OpenTime.AddHours(3);

        var gaps = await sut.FindAsync(new CandleRange(Sol, Interval.OneHour, from, to), default);

        Assert.Equal(
            [
                (candles[0].OpenTime.AddHours(-3), candles[0].OpenTime.AddHours(-1), 3L),
                (candles[^1].OpenTime.AddHours(1), candles[^1].OpenTime.AddHours(2), 2L),
            ],
            gaps.Select(g => (g.First, g.Last, g.Count))
        );
    }

    [SkippableFact]
    public async Task FindAsync_EmptyStoreMonthly_CountsCalendarMonths()
    {
        await using var db = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var sut = new GapDetector(db.ContextFactory);
        var from = new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var gaps = await sut.FindAsync(new CandleRange(Sol, Interval.OneMonth, from, to), default);

        var gap = Assert.Single(gaps);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), gap.First);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), gap.Last);
        Assert.Equal(4, gap.Count);
    }

    private static List<(DateTimeOffset, DateTimeOffset, long)> ListedGaps(string file) =>
        [
            .. File.ReadLines(SharedData.File("data/GAPS.csv"))
                .Skip(1)
                .Select(l => l.Split(','))
                .Where(f => f[0] == file)
                .Select(f =>
                    (
                        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[1], CultureInfo.InvariantCulture)),
                        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[2], CultureInfo.InvariantCulture)),
                        long.Parse(f[3], CultureInfo.InvariantCulture)
                    )
                ),
        ];
}
