using System.Globalization;
using System.IO.Compression;
using MexcTrader.Core.Signals;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Signals.Agents.Technical;

/// <summary>Real candles from shared/data as <see cref="Bar"/>s, read once per file.</summary>
public static class RealBars
{
    private static readonly Lazy<Bar[]> BtcHourly = new(() => Read("data/binance-spot/BTCUSDT-1h.csv"));

    public static Bar[] BtcUsdtHourly => BtcHourly.Value;

    public static int IndexAt(Bar[] bars, DateTimeOffset time) => Array.FindIndex(bars, b => b.OpenTime >= time);

    public static Bar[] Read(string relativePath)
    {
        var path = SharedData.File(relativePath);
        using var file = File.OpenRead(path);
        using Stream source = path.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(source);
        reader.ReadLine();
        var bars = new List<Bar>();
        while (reader.ReadLine() is { } line)
        {
            var c = line.Split(',');
            bars.Add(
                new Bar(
                    DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(c[0], CultureInfo.InvariantCulture)),
                    double.Parse(c[1], CultureInfo.InvariantCulture),
                    double.Parse(c[2], CultureInfo.InvariantCulture),
                    double.Parse(c[3], CultureInfo.InvariantCulture),
                    double.Parse(c[4], CultureInfo.InvariantCulture),
                    double.Parse(c[5], CultureInfo.InvariantCulture)
                )
            );
        }
        return [.. bars];
    }
}
