using System.CommandLine;
using MexcTrader.Core.Indicators.Spec;

namespace MexcTrader.Web.Cli;

/// <summary>`indicators`: computes TA-Lib-named indicators over a candle CSV and writes them as CSV.</summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input")
        {
            Description = "Candle CSV (open_time_ms,open,high,low,close,volume), plain or .csv.gz",
            Required = true,
        };
        var spec = new Option<string>("--spec")
        {
            Description = "Comma-separated TA-Lib calls, e.g. \"SMA(20),MACD(12,26,9),BBANDS(20,2,2),CDLDOJI\"",
            Required = true,
        };
        var output = new Option<FileInfo>("--output") { Description = "CSV file to write", Required = true };
        var command = new Command("indicators", "Compute indicators over a candle file (values as TA-Lib).")
        {
            input,
            spec,
            output,
        };
        command.SetAction(
            (parse, ct) =>
                RunAsync(
                    parse.GetRequiredValue(input),
                    parse.GetRequiredValue(spec),
                    parse.GetRequiredValue(output),
                    parse.InvocationConfiguration,
                    ct
                )
        );
        return command;
    }

    private static async Task<int> RunAsync(
        FileInfo input,
        string specText,
        FileInfo output,
        InvocationConfiguration console,
        CancellationToken ct
    )
    {
        var specs = IndicatorSpecParser.Parse(specText);
        if (!specs.IsSuccess)
        {
            await console.Error.WriteLineAsync(specs.Failure.Message).ConfigureAwait(false);
            return 2;
        }
        var prices = await CandleCsv.ReadAsync(input.FullName, ct).ConfigureAwait(false);
        if (!prices.IsSuccess)
        {
            await console.Error.WriteLineAsync(prices.Failure.Message).ConfigureAwait(false);
            return 3;
        }
        var table = IndicatorTable.Compute(prices.Value, specs.Value);
        // Written beside the target first so a failure never leaves a half-written output file.
        var temporary = output.FullName + ".tmp";
        var writer = new StreamWriter(temporary);
        await using (writer.ConfigureAwait(false))
        {
            await table.WriteCsvAsync(writer, ct).ConfigureAwait(false);
        }
        File.Move(temporary, output.FullName, overwrite: true);
        await console
            .Output.WriteLineAsync(
                $"Wrote {prices.Value.Count} rows × {table.Columns.Count} columns to {output.FullName}"
            )
            .ConfigureAwait(false);
        return 0;
    }
}
