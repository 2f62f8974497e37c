using System.CommandLine;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Indicators.Spec;
using MexcTrader.Core.MarketData.History.Import;

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
        // Indicators work on the row sequence (as TA-Lib); every interval's open times are minute-aligned, so 1m
        // accepts any candle file, and naming the real interval checks the file's alignment strictly.
        var interval = new Option<string>("--interval")
        {
            Description = $"Candle interval of the file, checked against its open times: {Intervals.SupportedCodes}",
            DefaultValueFactory = _ => "1m",
        };
        var command = new Command("indicators", "Compute indicators over a candle file (values as TA-Lib).")
        {
            input,
            spec,
            output,
            interval,
        };
        command.SetAction(
            (parse, ct) =>
                RunAsync(
                    parse.GetRequiredValue(input),
                    parse.GetRequiredValue(spec),
                    parse.GetRequiredValue(output),
                    parse.GetRequiredValue(interval),
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
        string intervalCode,
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
        if (!Intervals.TryParse(intervalCode, out var interval))
        {
            await console
                .Error.WriteLineAsync($"Unknown interval '{intervalCode}'; use one of {Intervals.SupportedCodes}.")
                .ConfigureAwait(false);
            return 2;
        }
        // The symbol only labels the candles in memory; indicator output does not depend on it.
        var file = await Task.Run(
                () =>
                    CandleFileReader.Read(
                        input.FullName,
                        new MexcTrader.Core.Domain.Symbol("INPUT"),
                        interval.Value,
                        ct: ct
                    ),
                ct
            )
            .ConfigureAwait(false);
        if (!file.IsSuccess)
        {
            await console
                .Error.WriteLineAsync($"Cannot read {input.FullName}: {file.Failure.Message}")
                .ConfigureAwait(false);
            return 3;
        }
        var prices = PriceColumns.From(file.Value.Candles);
        var table = IndicatorTable.Compute(prices, specs.Value);
        // Written beside the target first so a failure never leaves a half-written output file.
        var temporary = output.FullName + ".tmp";
        var writer = new StreamWriter(temporary);
        await using (writer.ConfigureAwait(false))
        {
            await table.WriteCsvAsync(writer, ct).ConfigureAwait(false);
        }
        File.Move(temporary, output.FullName, overwrite: true);
        await console
            .Output.WriteLineAsync($"Wrote {prices.Count} rows × {table.Columns.Count} columns to {output.FullName}")
            .ConfigureAwait(false);
        return 0;
    }
}
