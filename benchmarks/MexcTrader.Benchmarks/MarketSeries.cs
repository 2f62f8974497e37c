using System.Globalization;
using System.IO.Compression;

namespace MexcTrader.Benchmarks;

/// <summary>
/// Real BTCUSDT 1m candles from shared/data, tiled to the requested length (benchmarks may read shared data; the
/// product never does). The folder is found through MEXCTRADER_SHARED or by walking up from the working directory.
/// </summary>
public sealed class MarketSeries
{
    private const string RelativePath = "data/binance-spot/BTCUSDT-1m.csv.gz";

    private MarketSeries(double[] high, double[] low, double[] close)
    {
        High = high;
        Low = low;
        Close = close;
    }

    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }

    public static MarketSeries Load(int length)
    {
        var high = new List<double>();
        var low = new List<double>();
        var close = new List<double>();
        using (var file = File.OpenRead(SharedFiles.Locate(RelativePath)))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var cells = line.Split(',');
                high.Add(double.Parse(cells[2], CultureInfo.InvariantCulture));
                low.Add(double.Parse(cells[3], CultureInfo.InvariantCulture));
                close.Add(double.Parse(cells[4], CultureInfo.InvariantCulture));
            }
        }
        return new MarketSeries(Tile(high, length), Tile(low, length), Tile(close, length));
    }

    private static double[] Tile(List<double> source, int length)
    {
        var result = new double[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = source[i % source.Count];
        }
        return result;
    }
}
