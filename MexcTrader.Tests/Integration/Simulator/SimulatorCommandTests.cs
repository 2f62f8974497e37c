using MexcTrader.Core.Domain;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Cli;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Tests.Integration.Simulator;

public sealed class SimulatorCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mexctrader-sim-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Help_ListsEveryOption()
    {
        var (code, output, _) = await RunAsync("simulator", "--help");

        Assert.Equal(0, code);
        foreach (
            var option in new[] { "--urls", "--data", "--api-key", "--api-secret", "--balance", "--speed", "--symbols" }
        )
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--balance", "USDT:100", "--balance 'USDT:100'")]
    [InlineData("--speed", "fast", "--speed 'fast'")]
    [InlineData("--symbols", "btc-usdt", "--symbols")]
    [InlineData("--fees", "0.1", "--fees '0.1'")]
    public async Task Run_BadArgument_ExitsWithClearMessage(string option, string value, string expected)
    {
        File.Copy(SharedData.File("data/mexc-spot/BTCUSDT-1h.csv"), Path.Combine(_folder.FullName, "BTCUSDT-1h.csv"));

        var (code, _, error) = await RunAsync(
            "simulator",
            "--data",
            _folder.FullName,
            "--api-key",
            "k",
            "--api-secret",
            "s",
            option,
            value
        );

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingDataFolder_ExitsWithClearMessage()
    {
        var missing = Path.Combine(_folder.FullName, "nope");

        var (code, _, error) = await RunAsync("simulator", "--data", missing, "--api-key", "k", "--api-secret", "s");

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithGzipAndCsv_ReadsBothAndFiltersSymbols()
    {
        File.Copy(SharedData.File("data/mexc-spot/BTCUSDT-1h.csv"), Path.Combine(_folder.FullName, "BTCUSDT-1h.csv"));
        File.Copy(
            SharedData.File("data/binance-spot/SOLUSDT-1m.csv.gz"),
            Path.Combine(_folder.FullName, "SOLUSDT-1m.csv.gz")
        );

        var all = CandleFolder.Load(_folder.FullName).Value;
        var onlyBtc = CandleFolder.Load(_folder.FullName, [new Symbol("BTCUSDT")]).Value;

        Assert.Equal(2412, all.Count(c => c.Symbol.Value == "BTCUSDT"));
        Assert.Equal(66_087, all.Count(c => c.Symbol.Value == "SOLUSDT"));
        Assert.All(all.Where(c => c.Symbol.Value == "SOLUSDT"), c => Assert.Equal(Interval.OneMinute, c.Interval));
        Assert.All(onlyBtc, c => Assert.Equal("BTCUSDT", c.Symbol.Value));
    }

    [Fact]
    public void Load_MalformedRow_FailsNamingFileAndLine()
    {
        File.WriteAllText(
            Path.Combine(_folder.FullName, "BTCUSDT-1h.csv"),
            "open_time_ms,open,high,low,close,volume\n1764849600000,10,12,9,11,1\n1764853200000,11,10,12,11,1\n"
        );

        var result = CandleFolder.Load(_folder.FullName);

        Assert.False(result.IsSuccess);
        Assert.Contains("BTCUSDT-1h.csv line 3", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadlyNamedFile_FailsWithTheExpectedPattern()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "bitcoin.csv"), "open_time_ms,open,high,low,close,volume\n");

        var result = CandleFolder.Load(_folder.FullName);

        Assert.Contains("SYMBOL-interval.csv", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_Fees_AreAppliedToTheServedSymbols()
    {
        File.Copy(SharedData.File("data/mexc-spot/ETHUSDT-1h.csv"), Path.Combine(_folder.FullName, "ETHUSDT-1h.csv"));
        var options = SimulatorArguments
            .Parse("http://127.0.0.1:0", _folder.FullName, "k", "s", ["USDT=100"], "max", null, 10, "0.001,0.002")
            .Value;

        await using var sim = await MexcWireSimulator.StartAsync(options, CancellationToken.None);

        var rules = sim.Exchange.RulesOf(new Symbol("ETHUSDT"))!;
        Assert.Equal((0.001m, 0.002m), (rules.MakerCommission, rules.TakerCommission));
        Assert.Equal(100m, sim.Exchange.Balance("USDT").Free);
    }
}
