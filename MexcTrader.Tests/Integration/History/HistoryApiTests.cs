using System.Net;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;

namespace MexcTrader.Tests.Integration.History;

public sealed class HistoryApiTests
{
    [SkippableFact]
    public async Task GetGaps_RealSeries_ListsItsOutagesAndRefusesBadInput()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var factory = new ApiFactory(StorageProvider.Sqlite, database.ConnectionString);
        var source = HistoryKit.SolHours(600);
        await CandleBulkLoaders.For(database.Connection).LoadAsync(source, default);
        using var client = factory.CreateClient();

        var report = await (
            await client.GetAsync("/api/v1/history/gaps?symbol=SOLUSDT&interval=1h")
        ).ReadAsync<GapReportDto>();
        var fromOnly = await (
            await client.GetAsync("/api/v1/history/gaps?symbol=SOLUSDT&interval=1h&from=2021-04-22T00:00:00Z")
        ).ReadAsync<GapReportDto>();
        var bad = await client.GetAsync("/api/v1/history/gaps?symbol=SOL-USDT&interval=7h&from=yesterday");

        Assert.Equal(5, report.Missing);
        Assert.Equal(
            [
                (new DateTimeOffset(2021, 4, 20, 2, 0, 0, TimeSpan.Zero), 2L),
                (new DateTimeOffset(2021, 4, 25, 5, 0, 0, TimeSpan.Zero), 3L),
            ],
            report.Gaps.Select(g => (g.First, g.Count))
        );
        Assert.Equal((3, 1), (fromOnly.Missing, fromOnly.Gaps.Count));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["from", "interval", "symbol"], (await bad.ReadFieldErrorsAsync()).Keys.Order());
    }
}
