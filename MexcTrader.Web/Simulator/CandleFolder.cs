using System.Globalization;
using System.IO.Compression;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Web.Simulator;

/// <summary>
/// Reads a folder of `SYMBOL-interval.csv[.gz]` files (open_time_ms,open,high,low,close,volume with a header) for
/// the simulator. Deliberately small: any malformed line fails the whole load with its file and line number.
/// </summary>
public static class CandleFolder
{
    public static Result<IReadOnlyList<Candle>> Load(string folder, IReadOnlyCollection<Symbol>? only = null)
    {
        if (!Directory.Exists(folder))
        {
            return Result.Fail<IReadOnlyList<Candle>>("data", $"Folder '{folder}' does not exist.");
        }
        var candles = new List<Candle>();
        var files = Directory
            .EnumerateFiles(folder)
            .Where(f =>
                f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase)
            );
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var stem = name[..name.IndexOf(".csv", StringComparison.OrdinalIgnoreCase)];
            var dash = stem.LastIndexOf('-');
            if (
                dash < 0
                || !Symbol.TryParse(stem[..dash], out var symbol)
                || !Intervals.TryParse(stem[(dash + 1)..], out var interval)
            )
            {
                return Result.Fail<IReadOnlyList<Candle>>(
                    "data",
                    $"'{name}' is not named SYMBOL-interval.csv[.gz] (e.g. BTCUSDT-1h.csv)."
                );
            }
            if (only is { Count: > 0 } && !only.Contains(symbol.Value))
            {
                continue;
            }
            if (candles.Any(c => c.Symbol == symbol.Value))
            {
                return Result.Fail<IReadOnlyList<Candle>>(
                    "data",
                    $"More than one file for {symbol.Value}; keep one interval per symbol."
                );
            }
            var read = ReadFile(file, symbol.Value, interval.Value);
            if (!read.IsSuccess)
            {
                return read;
            }
            candles.AddRange(read.Value);
        }
        if (candles.Count == 0)
        {
            return Result.Fail<IReadOnlyList<Candle>>(
                "data",
                $"No candle files for the requested symbols in '{folder}'."
            );
        }
        return Result.Ok<IReadOnlyList<Candle>>(candles);
    }

    private static Result<IReadOnlyList<Candle>> ReadFile(string path, Symbol symbol, Interval interval)
    {
        using var stream = File.OpenRead(path);
        using var text = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(stream, CompressionMode.Decompress)
            : (Stream)stream;
        using var reader = new StreamReader(text);
        var candles = new List<Candle>();
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (lineNo == 1 && line.StartsWith("open_time", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }
            var f = line.Split(',');
            const NumberStyles Number = NumberStyles.AllowDecimalPoint;
            var ok =
                f.Length >= 6
                & long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                & decimal.TryParse(f[1], Number, CultureInfo.InvariantCulture, out var open)
                & decimal.TryParse(f.ElementAtOrDefault(2), Number, CultureInfo.InvariantCulture, out var high)
                & decimal.TryParse(f.ElementAtOrDefault(3), Number, CultureInfo.InvariantCulture, out var low)
                & decimal.TryParse(f.ElementAtOrDefault(4), Number, CultureInfo.InvariantCulture, out var close)
                & decimal.TryParse(f.ElementAtOrDefault(5), Number, CultureInfo.InvariantCulture, out var volume);
            if (!ok || high < Math.Max(open, close) || low > Math.Min(open, close) || low <= 0)
            {
                return Result.Fail<IReadOnlyList<Candle>>(
                    "data",
                    $"{Path.GetFileName(path)} line {lineNo}: expected open_time_ms,open,high,low,close,volume with low <= open,close <= high, got '{line}'."
                );
            }
            var time = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            if (candles.Count > 0 && time <= candles[^1].OpenTime)
            {
                return Result.Fail<IReadOnlyList<Candle>>(
                    "data",
                    $"{Path.GetFileName(path)} line {lineNo}: open times must increase."
                );
            }
            candles.Add(new Candle(symbol, interval, time, open, high, low, close, volume, 0m));
        }
        return Result.Ok<IReadOnlyList<Candle>>(candles);
    }
}
