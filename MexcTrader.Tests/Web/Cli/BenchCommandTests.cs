using MexcTrader.Tests.Core.MarketData;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Cli;

namespace MexcTrader.Tests.Web.Cli;

public sealed class BenchCommandTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task BenchImport_OnSqlite_ReportsTheMedianRate()
    {
        var (code, output, error) = await RunAsync(
            "bench",
            "import",
            "--file",
            CandleTestFiles.Path(CandleTestFiles.Ohlcv),
            "--provider",
            "Sqlite",
            "--repeat",
            "2",
            "--symbol",
            "BTCUSDT",
            "--interval",
            "1h"
        );

        Assert.True(code == 0, error);
        Assert.Contains("8 rows of BTCUSDT 1h", output, StringComparison.Ordinal);
        Assert.Contains("Sqlite     run 2", output, StringComparison.Ordinal);
        Assert.Matches(@"Sqlite\s+MEDIAN\s+[\d,]+ rows/s end to end", output);
        Assert.Contains("read+validate", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task BenchImport_OnPostgreSql_UsesAScratchDatabase_AndTakesSymbolFromTheFileName()
    {
        var server = TestDatabases.PostgresServer();
        Skip.If(server is null, "no PostgreSQL server configured");

        var (code, output, error) = await RunAsync(
            "bench",
            "import",
            "--file",
            SharedData.File("data/mexc-spot/ETHUSDT-1h.csv"),
            "--provider",
            "PostgreSql",
            "--connection",
            server,
            "--repeat",
            "1"
        );

        Assert.True(code == 0, error);
        Assert.Contains("2,412 rows of ETHUSDT 1h", output, StringComparison.Ordinal);
        Assert.Matches(@"PostgreSql\s+MEDIAN\s+[\d,]+ rows/s", output);
        Assert.Contains("store (copy while reading)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchImport_WithoutSymbolForAnUnpatternedName_IsABadArgument()
    {
        var (code, _, error) = await RunAsync("bench", "import", "--file", CandleTestFiles.Path(CandleTestFiles.Ohlcv));

        Assert.Equal(1, code);
        Assert.Contains("--symbol and --interval", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchImport_Help_ListsItsOptions()
    {
        var (code, output, _) = await RunAsync("bench", "import", "--help");

        Assert.Equal(0, code);
        foreach (var expected in new[] { "--file", "--provider", "--connection", "--repeat" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }
}
