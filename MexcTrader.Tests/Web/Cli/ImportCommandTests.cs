using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.Core.MarketData;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Cli;

namespace MexcTrader.Tests.Web.Cli;

/// <summary>`import` run in-process through CliApp.RunAsync, on a throwaway database.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly CandleTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private sealed record Run(int ExitCode, string Output, string Error);

    private static async Task<Run> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new Run(code, output.ToString(), error.ToString());
    }

    private static Task<Run> ImportAsync(
        TestDatabase database,
        string file,
        string symbol = "BTCUSDT",
        string interval = "1h"
    ) =>
        RunAsync(
            "import",
            "--file",
            file,
            "--symbol",
            symbol,
            "--interval",
            interval,
            "--provider",
            database.Provider.ToString(),
            "--connection",
            database.ConnectionString
        );

    private static Task<long> CountAsync(
        TestDatabase database,
        string symbol = "BTCUSDT",
        Interval interval = Interval.OneHour
    ) => new CandleReader(database.ContextFactory).CountAsync(new Symbol(symbol), interval, default);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GoodFile_Twice_AddsThenFindsEveryRowPresent(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var file = CandleTestFiles.Path(CandleTestFiles.Ohlcv);

        var first = await ImportAsync(database, file);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("", first.Error);
        Assert.Contains(
            $"Imported BTCUSDT 1h from {CandleTestFiles.Ohlcv} into {provider}",
            first.Output,
            StringComparison.Ordinal
        );
        Assert.Matches(@"rows read:\s+8\n", first.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"rows added:\s+8\n", first.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"already present:\s+0\n", first.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"elapsed:\s+\d+\.\d{3} s", first.Output);
        Assert.Matches(@"throughput:\s+[\d,]+ rows/s", first.Output);
        Assert.Equal(8, await CountAsync(database));

        var second = await ImportAsync(database, file);

        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"rows added:\s+0\n", second.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"already present:\s+8\n", second.Output.ReplaceLineEndings("\n"));
        Assert.Equal(8, await CountAsync(database));
    }

    [SkippableFact]
    public async Task LargeFile_PrintsPlainProgressLines_WhenOutputIsNotATerminal()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);

        var run = await ImportAsync(database, SharedData.File("data/binance-spot/BTCUSDT-1h.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("storing: ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal); // no ANSI progress bar
        Assert.Matches(@"rows added:\s+51,324", run.Output);
        Assert.Equal(51_324, await CountAsync(database));
    }

    [SkippableFact]
    public async Task GzipFile_IsImported_AndKlineQuoteVolumeKept()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);

        var gz = await ImportAsync(database, CandleTestFiles.Path(CandleTestFiles.OhlcvGzip), "ETHUSDT");
        var disguised = await ImportAsync(database, CandleTestFiles.Path(CandleTestFiles.KlineGzipNamedCsv));

        Assert.Equal(0, gz.ExitCode);
        Assert.Equal(0, disguised.ExitCode);
        Assert.Equal(8, await CountAsync(database, "ETHUSDT"));
        Assert.Equal(8, await CountAsync(database));
        var stored = await new CandleReader(database.ContextFactory).ReadAsync(
            new CandleRange(new Symbol("BTCUSDT"), Interval.OneHour, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue),
            1,
            default
        );
        Assert.Equal(202177.93662140m, stored[0].QuoteVolume);
    }

    public static TheoryData<int, int, string, string> MalformedRows() =>
        new()
        {
            // line, column, value, reason
            { 4, 2, "4345.4x", "high '4345.4x' is not a number" },
            { 5, 2, "4287", "high 4287 is below low 4287.41" },
            { 3, 3, "4310", "low 4310 is above open 4308.83" },
            { 6, 0, "1502956860000", "is not aligned to the 1h interval" },
            { 7, 0, "1502956800000", "duplicate open time 1502956800000" },
            { 8, 0, "1502956800000", "rows must be sorted by open time" },
            { 3, 5, "23.234916,1", "expected 6 columns" },
            { 9, 5, "-1", "negative volume -1" },
            { 2, 1, "0", "open must be positive, found 0" },
        };

    [SkippableTheory]
    [MemberData(nameof(MalformedRows))]
    public async Task MalformedRow_FailsWithLineAndReason_AndStoresNothing(
        int line,
        int column,
        string value,
        string reason
    )
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var file = _files.WithField(CandleTestFiles.Ohlcv, line, column, value);

        var run = await ImportAsync(database, file);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains($"rejected: line {line}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored.", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(database));
    }

    [SkippableFact]
    public async Task MalformedRow_OnPostgreSql_StoresNothingEither()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.PostgreSql);
        var file = _files.WithField(CandleTestFiles.Ohlcv, 9, 3, "4500");

        var run = await ImportAsync(database, file);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("line 9: high 4485.39 is below low 4500", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(database));
    }

    [SkippableFact]
    public async Task EmptyFile_IsRejected()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);

        var run = await ImportAsync(database, _files.Write("empty.csv", "open_time_ms,open,high,low,close,volume\n"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("import.empty-file", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MissingFile_ExitsWithCode2()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);

        var run = await ImportAsync(database, Path.Combine(_files.Folder, "missing.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file not found", run.Error, StringComparison.Ordinal);
        Assert.Contains("missing.csv", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UnknownInterval_IsABadArgument()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);

        var run = await ImportAsync(database, CandleTestFiles.Path(CandleTestFiles.Ohlcv), interval: "7m");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Unknown interval '7m'", run.Error, StringComparison.Ordinal);
        Assert.Contains("1m 5m 15m 30m 1h 4h 1d 1w 1M", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(database));
    }

    [SkippableFact]
    public async Task MexcIntervalCode_60m_MeansOneHour()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);

        var run = await ImportAsync(database, CandleTestFiles.Path(CandleTestFiles.Ohlcv), interval: "60m");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported BTCUSDT 1h", run.Output, StringComparison.Ordinal);
        Assert.Equal(8, await CountAsync(database));
    }

    [Fact]
    public async Task BadSymbol_AndMissingOptions_AreBadArguments()
    {
        var badSymbol = await RunAsync("import", "--file", "x.csv", "--symbol", "BTC-USDT", "--interval", "1h");
        var missing = await RunAsync("import", "--file", "x.csv");
        var badProvider = await RunAsync("import", "-f", "x.csv", "-s", "BTCUSDT", "-i", "1h", "--provider", "Oracle");

        Assert.Equal(1, badSymbol.ExitCode);
        Assert.Contains("'BTC-USDT' is not a valid symbol", badSymbol.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--symbol", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, badProvider.ExitCode);
        Assert.Contains("Unknown provider 'Oracle'", badProvider.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostgreSql_WithoutAConnectionString_IsABadArgument()
    {
        Skip.If(
            Environment.GetEnvironmentVariable("ConnectionStrings__Trading") is { Length: > 0 },
            "a database is configured in this environment; the command would use it"
        );
        var run = await RunAsync(
            "import",
            "-f",
            CandleTestFiles.Path(CandleTestFiles.Ohlcv),
            "-s",
            "BTCUSDT",
            "-i",
            "1h",
            "--provider",
            "PostgreSql"
        );

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ConnectionStrings__Trading", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_DescribesOptionsAndExitCodes()
    {
        var run = await RunAsync("import", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (
            var expected in new[]
            {
                "--file",
                "--symbol",
                "--interval",
                "--provider",
                "--connection",
                "60m = 1h",
                "Exit codes",
                "gzip",
            }
        )
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RootHelp_ListsTheVerbs()
    {
        var run = await RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("import", run.Output, StringComparison.Ordinal);
        Assert.Contains("bench", run.Output, StringComparison.Ordinal);
    }
}
