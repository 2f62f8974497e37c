using System.IO.Compression;
using System.Text;

namespace MexcTrader.Tests.Core.MarketData;

/// <summary>The small files in TestData/ and throwaway variants of them (one line changed), deleted on dispose.</summary>
public sealed class CandleTestFiles : IDisposable
{
    public const string Ohlcv = "btcusdt-1h-ohlcv.csv";
    public const string OhlcvGzip = "btcusdt-1h-ohlcv.csv.gz";
    public const string Kline = "btcusdt-1h-kline.csv";
    public const string KlineHeader = "btcusdt-1h-kline-header.csv";
    public const string KlineGzipNamedCsv = "btcusdt-1h-kline-gzip-named.csv";

    /// <summary>Data rows in each of the files above.</summary>
    public const int Rows = 8;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mexctrader-candles-");

    public string Folder => _folder.FullName;

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string[] Lines(string name) => File.ReadAllText(Path(name)).TrimEnd('\n').Split('\n');

    /// <summary>A copy of a TestData file with its lines changed; line numbers are 1-based, as the importer reports.</summary>
    public string Variant(string name, Action<List<string>> change, string? fileName = null)
    {
        var lines = Lines(name).ToList();
        change(lines);
        return Write(
            fileName ?? "variant-" + Guid.NewGuid().ToString("N")[..8] + ".csv",
            string.Join('\n', lines) + "\n"
        );
    }

    /// <summary>The file with the comma-separated field <paramref name="column"/> (0-based) of line <paramref name="line"/> replaced.</summary>
    public string WithField(string name, int line, int column, string value) =>
        Variant(
            name,
            lines =>
            {
                var fields = lines[line - 1].Split(',');
                fields[column] = value;
                lines[line - 1] = string.Join(',', fields);
            }
        );

    public string Write(string fileName, string content) => Write(fileName, Encoding.UTF8.GetBytes(content));

    public string Write(string fileName, byte[] content)
    {
        var path = System.IO.Path.Combine(Folder, fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Gzip(string fileName, string content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }
        return Write(fileName, buffer.ToArray());
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // still open somewhere; the OS cleans temp folders
        }
    }
}
