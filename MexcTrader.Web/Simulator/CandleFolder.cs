using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Import;

namespace MexcTrader.Web.Simulator;

/// <summary>
/// Reads a folder of `SYMBOL-interval.csv[.gz]` files (open_time_ms,open,high,low,close,volume with a header) for
/// the simulator: any malformed line fails the whole load with its file and line number.
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

    // The product's reader: the same validation as `import`, so a file the simulator accepts imports too.
    private static Result<IReadOnlyList<Candle>> ReadFile(string path, Symbol symbol, Interval interval)
    {
        var read = CandleFileReader.Read(path, symbol, interval);
        return read.IsSuccess
            ? Result.Ok(read.Value.Candles)
            : Result.Fail<IReadOnlyList<Candle>>("data", $"{Path.GetFileName(path)} {read.Failure.Message}");
    }
}
