using Bunit;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Components.Pages.Settings;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Components.Pages;

public sealed class DataSettingsPageTests
{
    private const string Csv =
        "open_time_ms,open,high,low,close,volume\n1764849600000,92948.32,93199.99,92782.49,92990.17,334.6\n";

    [Fact]
    public async Task Import_WithNothingEntered_ShowsWhatIsMissingAndQueuesNothing()
    {
        var (database, ctx, launcher) = await ArrangeAsync();
        await using var _ = database;
        await using var __ = ctx;
        var sut = ctx.Render<DataSettingsPage>();

        sut.Find("[data-testid=import-submit]").Click();

        sut.WaitForAssertion(() =>
            Assert.Contains("Enter the pair the file holds", sut.Markup, StringComparison.Ordinal)
        );
        Assert.Contains("Choose a .csv or .csv.gz file.", sut.Markup, StringComparison.Ordinal);
        Assert.Empty(launcher.Calls);
    }

    [Fact]
    public async Task Import_WithBadSymbolWrongTypeAndTooLargeFile_NamesEachProblem()
    {
        var (database, ctx, launcher) = await ArrangeAsync(new UiOptions { MaxUploadMegabytes = 1 });
        await using var _ = database;
        await using var __ = ctx;
        var sut = ctx.Render<DataSettingsPage>();

        SymbolInput(sut).Input("BTC-USDT");
        Upload(sut, InputFileContent.CreateFromText("hello", "notes.txt"));
        sut.Find("[data-testid=import-submit]").Click();

        sut.WaitForAssertion(() => Assert.Contains("'BTC-USDT' is not a pair", sut.Markup, StringComparison.Ordinal));
        Assert.Contains("'notes.txt' is not a .csv or .csv.gz file.", sut.Markup, StringComparison.Ordinal);

        Upload(sut, InputFileContent.CreateFromBinary(new byte[1_500_000], "big.csv.gz"));
        sut.Find("[data-testid=import-submit]").Click();

        sut.WaitForAssertion(() =>
            Assert.Contains("'big.csv.gz' is 1.4 MB; the limit is 1 MB.", sut.Markup, StringComparison.Ordinal)
        );
        Assert.Empty(launcher.Calls);
    }

    [Fact]
    public async Task Import_WithValidInput_HandsTheFileToTheLauncherAndShowsLiveProgress()
    {
        var (database, ctx, launcher) = await ArrangeAsync();
        await using var _ = database;
        await using var __ = ctx;
        var tracker = ctx.Services.GetRequiredService<ImportJobTracker>();
        var sut = ctx.Render<DataSettingsPage>();

        SymbolInput(sut).Input("btcusdt");
        Upload(sut, InputFileContent.CreateFromText(Csv, "BTCUSDT-1h.csv"));
        sut.Find("[data-testid=import-submit]").Click();

        sut.WaitForAssertion(() => Assert.Single(launcher.Calls));
        var call = launcher.Calls[0];
        Assert.Equal(
            ("BTCUSDT-1h.csv", new Symbol("BTCUSDT"), Interval.OneHour, Csv),
            (call.FileName, call.Symbol, call.Interval, call.Content)
        );
        sut.WaitForAssertion(() => Assert.NotEmpty(sut.FindAll("[data-testid=import-queued]")));

        tracker.Track(
            new ImportJobView(
                call.JobId,
                call.FileName,
                call.Symbol,
                call.Interval,
                DateTimeOffset.UnixEpoch,
                new ImportProgress(ImportStage.Reading, 0, null, 0, 0, TimeSpan.Zero)
            )
        );
        tracker.Report(call.JobId, new ImportProgress(ImportStage.Storing, 1200, 2400, 0, 0, TimeSpan.FromSeconds(2)));

        sut.WaitForAssertion(() => Assert.Equal("Storing", sut.Find("[data-testid=import-stage]").TextContent.Trim()));
        var rows = sut.Find("[data-testid=import-rows]").TextContent;
        Assert.Contains("Rows read: 1,200 of 2,400", rows, StringComparison.Ordinal);
        Assert.Contains("600 rows/s", rows, StringComparison.Ordinal);
        Assert.NotEmpty(sut.FindAll($"[data-testid=import-{call.JobId}]"));

        tracker.Report(
            call.JobId,
            new ImportProgress(ImportStage.Failed, 17, null, 0, 0, TimeSpan.FromSeconds(1), "row 17: high is below low")
        );

        sut.WaitForAssertion(() =>
            Assert.Contains(
                "row 17: high is below low",
                sut.Find("[data-testid=import-error]").TextContent,
                StringComparison.Ordinal
            )
        );
    }

    [Fact]
    public async Task JobCompleted_AfterAnImportStoredCandles_RefreshesWhatTheStoreHolds()
    {
        var (database, ctx, _) = await ArrangeAsync();
        await using var _db = database;
        await using var __ = ctx;
        var tracker = ctx.Services.GetRequiredService<ImportJobTracker>();
        var sut = ctx.Render<DataSettingsPage>();
        sut.WaitForAssertion(() => Assert.NotEmpty(sut.FindAll("[data-testid=series-empty]")));
        await using (var db = database.CreateContext())
        {
            await SampleCandles.SeedAsync(db, "ETHUSDT", 25);
        }

        tracker.Track(
            new ImportJobView(
                "j-1",
                "ETHUSDT-1h.csv",
                new Symbol("ETHUSDT"),
                Interval.OneHour,
                DateTimeOffset.UnixEpoch,
                new ImportProgress(ImportStage.Completed, 25, 25, 25, 0, TimeSpan.FromSeconds(1))
            )
        );

        sut.WaitForAssertion(() =>
            Assert.Contains("25", sut.Find("[data-testid=series-ETHUSDT-1h]").TextContent, StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Import_WhenTheLauncherFails_SaysSoAndKeepsTheForm()
    {
        var (database, ctx, launcher) = await ArrangeAsync();
        await using var _ = database;
        await using var __ = ctx;
        launcher.Failure = new IOException("disk full.");
        var sut = ctx.Render<DataSettingsPage>();

        SymbolInput(sut).Input("ETHUSDT");
        Upload(sut, InputFileContent.CreateFromText(Csv, "ETHUSDT-1h.csv"));
        sut.Find("[data-testid=import-submit]").Click();

        sut.WaitForAssertion(() =>
            Assert.Contains(
                "disk full.",
                sut.Find("[data-testid=import-submit-error]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Equal("ETHUSDT", SymbolInput(sut).GetAttribute("value"));
        Assert.False(sut.Find("[data-testid=import-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Render_WithoutAnImportService_ExplainsAndDisablesImport()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var ctx = UiTestContext.Create(database);

        var sut = ctx.Render<DataSettingsPage>();

        Assert.Contains(
            "import service is unavailable",
            sut.Find("[data-testid=launcher-missing]").TextContent,
            StringComparison.Ordinal
        );
        Assert.True(sut.Find("[data-testid=import-submit]").HasAttribute("disabled"));
    }

    private static async Task<(TestDatabase, BunitContext, RecordingLauncher)> ArrangeAsync(UiOptions? options = null)
    {
        var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var launcher = new RecordingLauncher();
        var ctx = UiTestContext.Create(database, options, services: s => s.AddSingleton<IImportJobLauncher>(launcher));
        return (database, ctx, launcher);
    }

    private static AngleSharp.Dom.IElement SymbolInput(IRenderedComponent<DataSettingsPage> sut) =>
        sut.Find("input[data-testid=import-symbol], [data-testid=import-symbol] input");

    private static void Upload(IRenderedComponent<DataSettingsPage> sut, InputFileContent file) =>
        sut.FindComponent<InputFile>().UploadFiles(file);
}
