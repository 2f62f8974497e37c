using System.Globalization;
using System.Text.RegularExpressions;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Cli;

namespace MexcTrader.Tests.Web.Cli;

public sealed class BenchPipelineCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bench-pipeline-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task BenchPipeline_OverRealCandles_ReportsPercentilesOrdersAllocationsAndMemoryPerPair()
    {
        foreach (var file in new[] { "BTCUSDT-1h.csv", "ETHUSDT-1h.csv" })
        {
            File.Copy(SharedData.File("data/binance-spot/" + file), Path.Combine(_folder.FullName, file));
        }

        var (code, output, error) = await RunAsync(
            "bench",
            "pipeline",
            "--pairs",
            "6",
            "--candles",
            "150",
            "--warmup",
            "20",
            "--data",
            _folder.FullName
        );

        Assert.True(code == 0, error);
        Assert.Contains(
            "6 pairs replaying BTCUSDT-1h.csv, ETHUSDT-1h.csv; 20 warm-up + 150 measured closed candles per pair",
            output,
            StringComparison.Ordinal
        );
        Assert.Matches(
            @"closed candle in → order request out: p50 [\d.]+ µs  p90 [\d.]+ µs  p99 [\d.]+ µs  p99\.9 [\d.]+ µs  max [\d.]+ µs over 900 candles",
            output
        );
        // orders really reach the venue while measured, both ways
        var sent = Regex.Match(
            output,
            @"orders sent while measured: ([\d,]+) .*in all: ([\d,]+) entries, ([\d,]+) exits"
        );
        Assert.True(sent.Success, output);
        Assert.True(Number(sent.Groups[1].Value) > 0, output);
        Assert.True(Number(sent.Groups[2].Value) > 0, output);
        Assert.Matches(@"allocated [\d,]+ B per candle", output);
        // the figures come from the process-wide GC heap, which other tests running beside this one move too
        Assert.Matches(
            @"working memory per pair: -?[\d.]+ KB \(GC heap after warm-up / pairs, execution history included\); one pair's own state -?[\d.]+ KB",
            output
        );
    }

    [Fact]
    public async Task BenchPipeline_CandlesOutOfRange_IsABadArgument()
    {
        var (code, _, error) = await RunAsync("bench", "pipeline", "--candles", "5");

        Assert.Equal(1, code);
        Assert.Contains("--candles must be between 10 and 1000000 (is 5).", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchPipeline_MissingFolder_SaysSo()
    {
        var missing = Path.Combine(_folder.FullName, "nowhere");

        var (code, _, error) = await RunAsync("bench", "pipeline", "--data", missing);

        Assert.Equal(2, code);
        Assert.Contains($"folder not found: {missing}", error, StringComparison.Ordinal);
    }

    private static long Number(string text) =>
        long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
