using System.Globalization;
using System.IO.Compression;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Indicators;

/// <summary>Candles as double columns, parsed once per input file.</summary>
public sealed record Ohlcv(double[] Open, double[] High, double[] Low, double[] Close, double[] Volume)
{
    public int Count => Close.Length;
}

/// <summary>One TA-Lib reference file: the output columns, with NaN where the cell is empty (inside the lookback).</summary>
public sealed record ReferenceTable(IReadOnlyList<string> Columns, double[][] Values);

/// <summary>The TA-Lib golden files in shared/reference and the exact input rows they were computed from.</summary>
public static class ReferenceData
{
    public const string Hourly = "talib";
    public const string Minute = "talib-cdl-1m";

    private static readonly Lazy<Ohlcv> HourlyInput = new(() => ReadCandles("data/binance-spot/BTCUSDT-1h.csv", 5_000));
    private static readonly Lazy<Ohlcv> MinuteInput = new(() =>
        ReadCandles("data/binance-spot/BTCUSDT-1m.csv.gz", 20_000)
    );

    public static Ohlcv Input(string folder) =>
        folder switch
        {
            Hourly => HourlyInput.Value,
            Minute => MinuteInput.Value,
            _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "Unknown reference folder."),
        };

    public static IEnumerable<string> Names(string folder) =>
        Directory
            .EnumerateFiles(Path.GetDirectoryName(SharedData.File($"reference/{folder}/manifest.json"))!, "*.csv")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static ReferenceTable Read(string folder, string name)
    {
        var lines = File.ReadAllLines(SharedData.File($"reference/{folder}/{name}.csv"));
        var columns = lines[0].Split(',').Skip(1).ToArray();
        var values = new double[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            values[c] = new double[lines.Length - 1];
        }
        for (var row = 1; row < lines.Length; row++)
        {
            var cells = lines[row].Split(',');
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = cells[c + 1];
                values[c][row - 1] = cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);
            }
        }
        return new ReferenceTable(columns, values);
    }

    public static Ohlcv ReadCandles(string relativePath, int rows)
    {
        var path = SharedData.File(relativePath);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var open = new double[rows];
        var high = new double[rows];
        var low = new double[rows];
        var close = new double[rows];
        var volume = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var cells = (
                reader.ReadLine() ?? throw new InvalidDataException($"{path} has fewer than {rows} rows.")
            ).Split(',');
            open[i] = double.Parse(cells[1], CultureInfo.InvariantCulture);
            high[i] = double.Parse(cells[2], CultureInfo.InvariantCulture);
            low[i] = double.Parse(cells[3], CultureInfo.InvariantCulture);
            close[i] = double.Parse(cells[4], CultureInfo.InvariantCulture);
            volume[i] = double.Parse(cells[5], CultureInfo.InvariantCulture);
        }
        return new Ohlcv(open, high, low, close, volume);
    }
}
