using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Cli;

namespace MexcTrader.Tests.Web.Cli;

public sealed class BenchDecisionsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bench-decisions-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task BenchDecisions_OverRealCandles_ReportsPercentilesAllocationsAndTheDecisionMix()
    {
        foreach (var file in new[] { "BTCUSDT-1h.csv", "ETHUSDT-1h.csv" })
        {
            File.Copy(SharedData.File("data/binance-spot/" + file), Path.Combine(_folder.FullName, file));
        }

        var (code, output, error) = await RunAsync(
            "bench",
            "decisions",
            "--pairs",
            "6",
            "--cycles",
            "300",
            "--warmup",
            "50",
            "--data",
            _folder.FullName
        );

        Assert.True(code == 0, error);
        Assert.Contains(
            "6 pairs replaying BTCUSDT-1h.csv, ETHUSDT-1h.csv; 50 warm-up + 300 measured cycles",
            output,
            StringComparison.Ordinal
        );
        Assert.Matches(
            @"cycle \(snapshot \+ rules \+ risk \+ formatter\): p50 [\d.]+ µs  p90 [\d.]+ µs  p99 [\d.]+ µs  p99\.9 [\d.]+ µs",
            output
        );
        Assert.Matches(@"allocated [\d,]+ B per cycle", output);
        Assert.Matches(@"decisions: [\d,]+ hold, [\d,]+ buy, [\d,]+ exit", output);
    }

    [Fact]
    public async Task BenchDecisions_PairsOutOfRange_IsABadArgument()
    {
        var (code, _, error) = await RunAsync("bench", "decisions", "--pairs", "0");

        Assert.Equal(1, code);
        Assert.Contains("--pairs must be between 1 and 1000 (is 0).", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchDecisions_MissingFolder_SaysSo()
    {
        var missing = Path.Combine(_folder.FullName, "nowhere");

        var (code, _, error) = await RunAsync("bench", "decisions", "--data", missing);

        Assert.Equal(2, code);
        Assert.Contains($"folder not found: {missing}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchDecisions_TooShortFile_IsRejected()
    {
        await File.WriteAllLinesAsync(
            Path.Combine(_folder.FullName, "BTCUSDT-1h.csv"),
            ["open_time_ms,open,high,low,close,volume", "1704067200000,1,1,1,1,1"]
        );

        var (code, _, error) = await RunAsync("bench", "decisions", "--data", _folder.FullName);

        Assert.Equal(3, code);
        Assert.Contains(
            "BTCUSDT-1h.csv has 1 candles; the bench needs 200 or more per file.",
            error,
            StringComparison.Ordinal
        );
    }
}
