using System.Globalization;
using MexcTrader.Tests.Core.Indicators;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Cli;

namespace MexcTrader.Tests.Web.Cli;

public sealed class IndicatorsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("indicators-cli-").FullName;

    // Output column → reference file and column.
    private static readonly (string Column, string File, string Reference)[] Expected =
    [
        ("SMA(20)", "SMA", "value"),
        ("EMA(20)", "EMA", "value"),
        ("RSI(14)", "RSI", "value"),
        ("MACD(12,26,9).macd", "MACD", "macd"),
        ("MACD(12,26,9).signal", "MACD", "signal"),
        ("MACD(12,26,9).hist", "MACD", "hist"),
        ("BBANDS(20,2,2).upper", "BBANDS", "upper"),
        ("BBANDS(20,2,2).middle", "BBANDS", "middle"),
        ("BBANDS(20,2,2).lower", "BBANDS", "lower"),
        ("STOCH(14,3,0,3,0).slowk", "STOCH", "slowk"),
        ("STOCH(14,3,0,3,0).slowd", "STOCH", "slowd"),
        ("STOCHRSI(14,14,3,0).fastk", "STOCHRSI", "fastk"),
        ("STOCHRSI(14,14,3,0).fastd", "STOCHRSI", "fastd"),
        ("AROON(14).down", "AROON", "down"),
        ("AROON(14).up", "AROON", "up"),
        ("ADX(14)", "ADX", "value"),
        ("PLUS_DI(14)", "PLUS_DI", "value"),
        ("MINUS_DI", "MINUS_DI", "value"),
        ("SAR", "SAR", "value"),
        ("OBV", "OBV", "value"),
        ("MFI(14)", "MFI", "value"),
        ("T3(5,0.7)", "T3", "value"),
        ("ULTOSC", "ULTOSC", "value"),
        ("CCI(20)", "CCI", "value"),
        ("CDLDOJI", "CDLDOJI", "value"),
        ("CDLENGULFING", "CDLENGULFING", "value"),
        ("CDLMORNINGSTAR", "CDLMORNINGSTAR", "value"),
    ];

    [Fact]
    public async Task RunAsync_OnReferenceSlice_ReproducesTaLibReferenceValues()
    {
        var input = WriteReferenceSlice();
        var output = Path.Combine(_folder, "out.csv");
        var spec = string.Join(',', Expected.Select(e => SpecItem(e.Column)).Distinct());
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(
            ["indicators", "--input", input, "--spec", spec, "--output", output],
            stdout,
            stderr
        );

        Assert.True(exit == 0, stderr.ToString());
        var lines = await File.ReadAllLinesAsync(output);
        var header = SplitHeader(lines[0]);
        Assert.Equal(["open_time_ms", .. Expected.Select(e => e.Column)], header);
        Assert.Equal(5_001, lines.Length);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        foreach (var (column, file, referenceColumn) in Expected)
        {
            var reference = ReferenceData.Read(ReferenceData.Hourly, file);
            var expected = reference.Values[reference.Columns.ToList().IndexOf(referenceColumn)];
            var index = Array.IndexOf(header, column);
            for (var row = 0; row < rows.Length; row++)
            {
                var cell = rows[row][index];
                if (double.IsNaN(expected[row]))
                {
                    Assert.True(cell.Length == 0, $"{column} row {row}: '{cell}' inside the lookback");
                    continue;
                }
                var actual = double.Parse(cell, CultureInfo.InvariantCulture);
                var tolerance = 1e-9 * Math.Max(1, Math.Abs(expected[row]));
                Assert.True(
                    Math.Abs(actual - expected[row]) <= tolerance,
                    $"{column} row {row}: {actual} vs TA-Lib {expected[row]}"
                );
            }
        }
    }

    [Theory]
    [InlineData("SMA(20),NOPE(3)", "unknown indicator 'NOPE'")]
    [InlineData("RSI(1)", "timeperiod is '1'")]
    [InlineData("MACD(12,26,9,4)", "takes at most 3")]
    public async Task RunAsync_WhenSpecIsBad_ExitsNonZeroAndWritesNothing(string spec, string expected)
    {
        var input = WriteReferenceSlice();
        var output = Path.Combine(_folder, "out.csv");
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(
            ["indicators", "--input", input, "--spec", spec, "--output", output],
            new StringWriter(),
            stderr
        );

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Supported", IndicatorsHelp(stderr.ToString(), spec), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task RunAsync_WhenInputRowIsBroken_ExitsNonZeroNamingTheLine()
    {
        var input = Path.Combine(_folder, "bad.csv");
        await File.WriteAllTextAsync(
            input,
            "open_time_ms,open,high,low,close,volume\n1502942400000,1,2,0.5,1.5,10\n1502942460000,1,2,x,1.5,10\n"
        );
        var output = Path.Combine(_folder, "out.csv");
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(
            ["indicators", "--input", input, "--spec", "SMA(2)", "--output", output],
            new StringWriter(),
            stderr
        );

        Assert.NotEqual(0, exit);
        Assert.Contains("line 3", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task RunAsync_OnGzipInput_ReadsLikePlainCsv()
    {
        var output = Path.Combine(_folder, "out.csv");

        var exit = await CliApp.RunAsync(
            [
                "indicators",
                "--input",
                SharedData.File("data/binance-spot/SOLUSDT-1m.csv.gz"),
                "--spec",
                "RSI",
                "--output",
                output,
            ],
            new StringWriter(),
            new StringWriter()
        );

        Assert.Equal(0, exit);
        Assert.Equal(66_088, File.ReadLines(output).Count());
    }

    // The writer quotes names that hold commas (RFC 4180); names never hold quotes.
    private static string[] SplitHeader(string line) =>
        [.. System.Text.RegularExpressions.Regex.Matches(line, "\"[^\"]*\"|[^,]+").Select(m => m.Value.Trim('"'))];

    private static string SpecItem(string column)
    {
        var end = column.IndexOf(").", StringComparison.Ordinal);
        return end < 0 ? column : column[..(end + 1)];
    }

    [Fact]
    public async Task RunAsync_WhenIntervalDoesNotMatchFile_ExitsNonZero()
    {
        var output = Path.Combine(_folder, "out.csv");
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(
            ["indicators", "--input", WriteReferenceSlice(), "--spec", "SMA", "--output", output, "--interval", "1d"],
            new StringWriter(),
            stderr
        );

        Assert.NotEqual(0, exit);
        Assert.Contains("not aligned", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    // Only an unknown name lists the catalogue; a bad parameter prints the function's usage instead.
    private static string IndicatorsHelp(string stderr, string spec) =>
        spec.Contains("NOPE", StringComparison.Ordinal) ? stderr : "Supported";

    private string WriteReferenceSlice()
    {
        var path = Path.Combine(_folder, "btc-5000.csv");
        File.WriteAllLines(path, File.ReadLines(SharedData.File("data/binance-spot/BTCUSDT-1h.csv")).Take(5_001));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
