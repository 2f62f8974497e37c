using System.Net;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Api;

public sealed class CandlesApiTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Query_PagedWithCursor_ReturnsEveryCandleOfTheRangeOnceInOrder(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var factory = new ApiFactory(provider, database.ConnectionString);
        await SeedAsync(factory, "BTCUSDT", Interval.OneHour, 1234);
        await SeedAsync(factory, "ETHUSDT", Interval.OneHour, 50);
        await SeedAsync(factory, "BTCUSDT", Interval.OneMinute, 50);
        using var client = factory.CreateClient();
        var from = Start.AddHours(5);
        var to = from.AddHours(1000);
        var pages = new List<CandlePage>();

        var url =
            $"/api/v1/candles?symbol=BTCUSDT&interval=1h&from=2024-01-01T05:00:00Z&to={to.ToUnixTimeMilliseconds()}&limit=300";
        while (true)
        {
            var page = await (await client.GetAsync(url)).ReadAsync<CandlePage>();
            pages.Add(page);
            if (page.Next is null)
            {
                break;
            }
            url =
                $"/api/v1/candles?symbol=BTCUSDT&interval=1h&to={to.ToUnixTimeMilliseconds()}&limit=300&cursor={page.Next}";
        }

        Assert.Equal([300, 300, 300, 100], pages.Select(p => p.Count));
        var times = pages.SelectMany(p => p.Candles).Select(c => c.OpenTime).ToList();
        Assert.Equal(Enumerable.Range(0, 1000).Select(h => from.AddHours(h)), times);
        for (var i = 0; i < pages.Count - 1; i++)
        {
            Assert.Equal(pages[i + 1].Candles[0].OpenTime, pages[i].NextFrom);
        }
        var first = pages[0].Candles[0];
        Assert.Equal(Price(5), first.Open);
        Assert.Equal(Price(5) + 10.5m, first.High);
        Assert.Equal(0.00012345m * 6, first.Volume);
    }

    [Fact]
    public async Task Query_WithoutLimit_ReturnsDefault500AndUtcIsoTimes()
    {
        await SeedAsync(fixture.Factory, "DOGEUSDT", Interval.OneHour, 600);
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/api/v1/candles?symbol=dogeusdt&interval=60m");
        var json = await response.Content.ReadAsStringAsync();
        var page = await response.ReadAsync<CandlePage>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(500, page.Count);
        Assert.Equal(Start.AddHours(500), page.NextFrom);
        Assert.Equal(("DOGEUSDT", "1h"), (page.Symbol, page.Interval));
        Assert.Equal((DateTimeOffset.UnixEpoch, (DateTimeOffset?)null), (page.From, page.To));
        Assert.Contains("\"openTime\":\"2024-01-01T00:00:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"open\":100.12345678,", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_RangeWithNoCandles_ReturnsEmptyLastPage()
    {
        using var client = fixture.Factory.CreateClient();

        var page = await (
            await client.GetAsync("/api/v1/candles?symbol=XRPUSDT&interval=1d&from=0&to=86400000")
        ).ReadAsync<CandlePage>();

        Assert.Empty(page.Candles);
        Assert.Null(page.Next);
    }

    [Theory]
    [InlineData("interval=1h", "symbol", "Symbol is required")]
    [InlineData("symbol=BTC_USDT&interval=1h", "symbol", "'BTC_USDT' is not a valid symbol")]
    [InlineData("symbol=BTCUSDT", "interval", "Interval is required. Supported: 1m 5m 15m 30m 1h 4h 1d 1w 1M")]
    [InlineData("symbol=BTCUSDT&interval=7m", "interval", "Unknown interval '7m'. Supported: 1m 5m")]
    [InlineData(
        "symbol=BTCUSDT&interval=1h&from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z",
        "from",
        "'from' must not be after 'to'"
    )]
    [InlineData("symbol=BTCUSDT&interval=1h&from=yesterday", "from", "'yesterday' is not a time")]
    [InlineData("symbol=BTCUSDT&interval=1h&to=2024-13-01", "to", "is not a time: use ISO-8601 UTC")]
    [InlineData("symbol=BTCUSDT&interval=1h&limit=0", "limit", "from 1 to 5000")]
    [InlineData("symbol=BTCUSDT&interval=1h&limit=5001", "limit", "from 1 to 5000")]
    [InlineData("symbol=BTCUSDT&interval=1h&limit=ten", "limit", "'ten' is out of range")]
    [InlineData("symbol=BTCUSDT&interval=1h&cursor=not-a-cursor", "cursor", "not one this API returned")]
    public async Task Query_InvalidField_Returns400WithFieldMessage(string query, string field, string message)
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync($"/api/v1/candles?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ReadFieldErrorsAsync();
        Assert.Contains(message, Assert.Single(errors[field]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_AfterSeeding_ListsCountAndBoundsPerSeries()
    {
        await SeedAsync(fixture.Factory, "BNBUSDT", Interval.FourHours, 30);
        using var client = fixture.Factory.CreateClient();

        var series = await (await client.GetAsync("/api/v1/candles/series")).ReadAsync<SeriesDto[]>();

        var bnb = Assert.Single(series, s => s.Symbol == "BNBUSDT");
        Assert.Equal(new SeriesDto("BNBUSDT", "4h", 30, Start, Start.AddHours(4 * 29)), bnb);
    }

    private static decimal Price(int i) => 100.12345678m + i;

    private static async Task SeedAsync(ApiFactory factory, string symbol, Interval interval, int count)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<TradingDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var open = Start;
        for (var i = 0; i < count; i++, open = interval.NextOpen(open))
        {
            db.Candles.Add(
                new Candle(
                    new Symbol(symbol),
                    interval,
                    open,
                    Price(i),
                    Price(i) + 10.5m,
                    Price(i) - 1,
                    Price(i) + 0.5m,
                    0.00012345m * (i + 1),
                    12.5m * i
                )
            );
        }
        await db.SaveChangesAsync();
    }
}
