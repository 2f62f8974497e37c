using System.Globalization;
using System.IO.Compression;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Indicators.Spec;

/// <summary>
/// Reads the shared candle CSV schema (<c>open_time_ms,open,high,low,close,volume</c>, plain or .csv.gz) into
/// <see cref="PriceColumns"/>. A minimal reader for the <c>indicators</c> verb until the importer's reader lands.
/// </summary>
public static class CandleCsv
{
    public const string FailureCode = "indicators.bad-input";
    private const string Header = "open_time_ms,open,high,low,close,volume";

    public static async Task<Result<PriceColumns>> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return Fail($"input file '{path}' does not exist.");
        }
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            Stream source = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(stream, CompressionMode.Decompress)
                : stream;
            using var reader = new StreamReader(source);
            return await ReadAsync(reader, path, ct).ConfigureAwait(false);
        }
    }

    private static async Task<Result<PriceColumns>> ReadAsync(TextReader reader, string path, CancellationToken ct)
    {
        var header = await reader.ReadLineAsync(ct).ConfigureAwait(false);
        if (!string.Equals(header?.Trim(), Header, StringComparison.OrdinalIgnoreCase))
        {
            return Fail($"'{path}' must start with the header '{Header}' but starts with '{header}'.");
        }
        var times = new List<long>();
        var columns = new List<double>[5];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = [];
        }
        var lineNumber = 1;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            var cells = line.Split(',');
            if (
                cells.Length != 6
                || !long.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t)
            )
            {
                return Fail($"'{path}' line {lineNumber}: expected 6 cells starting with open_time_ms: '{line}'.");
            }
            if (times.Count > 0 && t <= times[^1])
            {
                return Fail($"'{path}' line {lineNumber}: open_time_ms {t} is not after the previous row.");
            }
            times.Add(t);
            for (var c = 0; c < columns.Length; c++)
            {
                if (
                    !double.TryParse(cells[c + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                    || !double.IsFinite(v)
                )
                {
                    return Fail($"'{path}' line {lineNumber}: '{cells[c + 1]}' is not a number.");
                }
                columns[c].Add(v);
            }
        }
        return Result.Ok(
            new PriceColumns(
                [.. times],
                [.. columns[0]],
                [.. columns[1]],
                [.. columns[2]],
                [.. columns[3]],
                [.. columns[4]]
            )
        );
    }

    private static Result<PriceColumns> Fail(string message) => Result.Fail<PriceColumns>(FailureCode, message);
}
