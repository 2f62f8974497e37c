using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.Integration.History;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Cli;

namespace MexcTrader.Tests.Web.Cli;

/// <summary>`download` and `gaps` run in-process through CliApp against the wire simulator on loopback.</summary>
public sealed class DownloadCommandTests
{
    private sealed record Run(int ExitCode, string Output, string Error);

    private static async Task<Run> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new Run(code, output.ToString(), error.ToString());
    }

    private static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Download_Twice_StoresTheSourceThenAddsNothing(StorageProvider provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var source = HistoryKit.SolHours(600);
        await using var sim = await HistoryKit.StartSimulatorAsync(source);
        string[] args =
        [
            "download",
            "--symbols",
            "SOLUSDT",
            "--interval",
            "1h",
            "--from",
            Iso(source[0].OpenTime),
            "--to",
            Iso(source[^1].OpenTime.AddHours(1)),
            "--exchange-url",
            sim.BaseUrl.ToString(),
            "--provider",
            provider.ToString(),
            "--connection",
            db.ConnectionString,
        ];

        var first = await RunAsync(args);
        var second = await RunAsync(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("SOLUSDT 1h: fetched 600, added 600, already present 0, gaps left 2 (5 candles)", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("SOLUSDT 1h: fetched 0, added 0, already present 600, gaps left 2 (5 candles)", second.Output);
        var range = new CandleRange(
            HistoryKit.Sol,
            Interval.OneHour,
            source[0].OpenTime,
            source[^1].OpenTime.AddHours(1)
        );
        Assert.Equal(source, await new CandleReader(db.ContextFactory).ReadAsync(range, 1_000, default));
    }

    [SkippableFact]
    public async Task Gaps_WithFill_ReportsHolesThenFillsThemAndKeepsOutages()
    {
        await using var db = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var source = HistoryKit.SolHours(600);
        await using var sim = await HistoryKit.StartSimulatorAsync(source);
        await MexcTrader
            .Core.MarketData.History.Import.CandleBulkLoaders.For(db.Connection)
            .LoadAsync([.. source.Where((_, i) => i is < 400 or > 409)], default);
        string[] common =
        [
            "gaps",
            "--symbol",
            "SOLUSDT",
            "--interval",
            "1h",
            "--provider",
            "Sqlite",
            "--connection",
            db.ConnectionString,
        ];

        var report = await RunAsync(common);
        var fill = await RunAsync([.. common, "--fill", "--exchange-url", sim.BaseUrl.ToString()]);
        var after = await RunAsync(common);

        Assert.Equal(0, report.ExitCode);
        Assert.Contains("SOLUSDT 1h: 3 gaps, 15 missing candles", report.Output);
        Assert.Equal(0, fill.ExitCode);
        Assert.Contains("filled: fetched 10, added 10; unfillable (exchange has none): 2 gaps, 5 candles", fill.Output);
        Assert.Contains("SOLUSDT 1h: 2 gaps, 5 missing candles", after.Output);
    }

    [Theory]
    [InlineData("--from", "04/12/2025x", "is not a date")]
    [InlineData("--to", "2025-12-01", "must be after --from")]
    [InlineData("--symbols", "BTC-USDT", "is not a valid symbol")]
    [InlineData("--exchange-url", "ftp://x", "is not an http(s) URL")]
    public async Task Download_BadInput_ExitsWithOneAndSaysWhy(string option, string value, string message)
    {
        var args = new Dictionary<string, string>
        {
            ["--symbols"] = "BTCUSDT",
            ["--interval"] = "1h",
            ["--from"] = "2025-12-04",
            ["--to"] = "2025-12-05",
            [option] = value,
        };

        var run = await RunAsync(["download", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
    }
}
