using System.Globalization;

namespace MexcTrader.Core.Indicators.Spec;

/// <summary>Runs parsed specs over price columns and writes the result as CSV (empty cells inside the lookback).</summary>
public sealed class IndicatorTable
{
    private readonly long[] _openTimes;

    private IndicatorTable(long[] openTimes, IReadOnlyList<string> columns, IReadOnlyList<double[]> values)
    {
        _openTimes = openTimes;
        Columns = columns;
        Values = values;
    }

    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<double[]> Values { get; }

    public static IndicatorTable Compute(PriceColumns prices, IReadOnlyList<IndicatorSpec> specs)
    {
        var columns = new List<string>();
        var values = new List<double[]>();
        foreach (var spec in specs)
        {
            var outputs = new double[spec.Definition.Outputs.Count][];
            for (var o = 0; o < outputs.Length; o++)
            {
                outputs[o] = new double[prices.Count];
            }
            spec.Definition.Compute(prices, spec.Arguments, outputs);
            columns.AddRange(spec.ColumnNames);
            values.AddRange(outputs);
        }
        return new IndicatorTable(prices.OpenTimeMs, columns, values);
    }

    public async Task WriteCsvAsync(TextWriter writer, CancellationToken ct)
    {
        await writer.WriteLineAsync("open_time_ms," + string.Join(',', Columns.Select(Quote))).ConfigureAwait(false);
        var line = new System.Text.StringBuilder();
        for (var row = 0; row < _openTimes.Length; row++)
        {
            ct.ThrowIfCancellationRequested();
            line.Clear().Append(_openTimes[row].ToString(CultureInfo.InvariantCulture));
            foreach (var column in Values)
            {
                line.Append(',');
                var value = column[row];
                if (double.IsFinite(value))
                {
                    // .NET Core 3.0+ prints the shortest text that parses back to the identical double.
                    line.Append(value.ToString(CultureInfo.InvariantCulture));
                }
            }
            await writer.WriteLineAsync(line, ct).ConfigureAwait(false);
        }
    }

    // Names such as MACD(12,26,9).macd hold commas: quoted as RFC 4180 says, so CSV readers keep one column.
    private static string Quote(string name) =>
        name.Contains(',', StringComparison.Ordinal)
            ? $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : name;
}
