using System.Net;
using System.Net.Http.Json;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Tests.Integration.History;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;
using MexcTrader.Web.State;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Api;

public sealed class DownloadsApiTests
{
    [Fact]
    public async Task Start_AgainstTheWireSimulator_DownloadsTheRangeAsAJobAndStoresTheSource()
    {
        var source = HistoryKit.SolHours(300);
        await using var sim = await HistoryKit.StartSimulatorAsync(source);
        using var factory = new ApiFactory().WithWebHostBuilder(b =>
            b.UseSetting("Mexc:RestBaseUrl", sim.BaseUrl.ToString())
        );
        using var client = factory.CreateClient();
        var from = source[0].OpenTime;
        var to = source[^1].OpenTime.AddHours(1);

        var started = await client.PostAsJsonAsync(
            "/api/v1/history/downloads",
            new StartDownloadRequest(["solusdt"], "1h", from.ToString("O"), to.ToUnixTimeMilliseconds().ToString())
        );
        var location = started.Headers.Location!;
        DownloadJobDto job;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            job = await (await client.GetAsync(location)).ReadAsync<DownloadJobDto>();
        } while (
            job.Stage is DownloadStage.Queued or DownloadStage.Running && waited.Elapsed < TimeSpan.FromSeconds(60)
        );
        var stored = await factory
            .Services.GetRequiredService<CandleReader>()
            .ReadAsync(new CandleRange(HistoryKit.Sol, Interval.OneHour, from, to), 1000, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(DownloadStage.Completed, job.Stage);
        var pair = Assert.Single(job.Pairs);
        Assert.Equal(("SOLUSDT", (long)source.Count), (pair.Symbol, pair.Added ?? -1));
        Assert.Equal(source, stored);
        Assert.Contains(
            (await (await client.GetAsync("/api/v1/history/downloads")).ReadAsync<DownloadJobDto[]>()),
            j => j.JobId == job.JobId
        );
    }

    [Fact]
    public async Task Start_BadInput_ReturnsFieldErrorsAndQueuesNothing()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var bad = await client.PostAsJsonAsync(
            "/api/v1/history/downloads",
            new StartDownloadRequest(["BTC-USDT"], "7m", "2025-02-01", null)
        );
        var tooLong = await client.PostAsJsonAsync(
            "/api/v1/history/downloads",
            new StartDownloadRequest(["BTCUSDT"], "1m", "2016-01-01T00:00:00Z", "2025-01-01T00:00:00Z")
        );
        var backwards = await client.PostAsJsonAsync(
            "/api/v1/history/downloads",
            new StartDownloadRequest([], "1h", "2025-02-01T00:00:00Z", "2025-01-01T00:00:00Z")
        );
        var jobs = await (await client.GetAsync("/api/v1/history/downloads")).ReadAsync<DownloadJobDto[]>();

        Assert.Equal(
            ["interval", "symbols", "to"],
            (await bad.ReadFieldErrorsAsync()).Keys.Order(StringComparer.Ordinal)
        );
        Assert.Contains(
            "the limit is 2,000,000",
            Assert.Single((await tooLong.ReadFieldErrorsAsync())["to"]),
            StringComparison.Ordinal
        );
        var errors = await backwards.ReadFieldErrorsAsync();
        Assert.Equal("'to' must be after 'from'.", Assert.Single(errors["to"]));
        Assert.Contains("at least one pair", Assert.Single(errors["symbols"]), StringComparison.Ordinal);
        Assert.Empty(jobs);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/history/downloads/404")).StatusCode);
    }
}
