using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.Persistence;

public sealed class DemoDataSeederTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DemoMode_LoadsTheShippedSample_AndFollowsItsPairs_Idempotently(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var factory = new MexcTraderFactory(
            provider,
            provider == StorageProvider.PostgreSql ? database.ConnectionString : null,
            seedDemoData: true
        );
        var services = factory.Services; // starts the host: migrations, then the seeder

        var reader = services.GetRequiredService<CandleReader>();
        var series = await reader.ListSeriesAsync(default);
        Assert.Equal(
            [("BTCUSDT", 2_412L), ("ETHUSDT", 2_412L), ("SOLUSDT", 3_000L)],
            series.Select(s => (s.Symbol.Value, s.Count))
        );
        Assert.All(series, s => Assert.Equal(Interval.OneHour, s.Interval));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_764_849_600_000), series[0].First);
        Assert.Equal(new DateTimeOffset(2023, 6, 30, 23, 0, 0, TimeSpan.Zero), series[2].Last);
        var pairs = await PairsAsync(services);
        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT"], pairs.Select(p => p.Symbol.Value));
        Assert.All(pairs, p => Assert.True(p.Enabled));
        Assert.All(pairs, p => Assert.Equal([Interval.OneHour], p.Intervals));

        // A second start (the seeder again) changes nothing.
        foreach (var seeder in services.GetServices<IStartupSeeder>())
        {
            await seeder.SeedAsync(default);
        }

        Assert.Equal(series, await reader.ListSeriesAsync(default));
        Assert.Equal(
            pairs.Select(p => (p.Symbol, p.CreatedAt)),
            (await PairsAsync(services)).Select(p => (p.Symbol, p.CreatedAt))
        );
    }

    [Fact]
    public async Task WithoutDemoMode_NothingIsSeeded()
    {
        await using var factory = new MexcTraderFactory(seedDemoData: false);

        Assert.Empty(factory.Services.GetServices<IStartupSeeder>().OfType<DemoDataSeeder>());
        Assert.Empty(await factory.Services.GetRequiredService<CandleReader>().ListSeriesAsync(default));
    }

    [Fact]
    public void Sample_ShipsWithTheProduct()
    {
        foreach (var (file, _) in DemoDataSeeder.Samples)
        {
            var path = Path.Combine(DemoDataSeeder.Folder, file);
            Assert.True(File.Exists(path), path);
            Assert.StartsWith(AppContext.BaseDirectory, path, StringComparison.Ordinal);
        }
    }

    private static async Task<List<TradingPair>> PairsAsync(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<TradingDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var pairs = await db.TradingPairs.AsNoTracking().ToListAsync();
        return [.. pairs.OrderBy(p => p.Symbol.Value, StringComparer.Ordinal)];
    }
}
