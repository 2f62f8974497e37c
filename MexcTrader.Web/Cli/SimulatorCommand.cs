using System.CommandLine;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Web.Cli;

/// <summary>`simulator`: serves MEXC's REST API on loopback over a simulated exchange replaying candle files.</summary>
internal static class SimulatorCommand
{
    private const int BadArguments = 2;

    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen.",
            DefaultValueFactory = _ => "http://127.0.0.1:5100",
        };
        var data = new Option<string>("--data")
        {
            Description =
                "Folder of candle files named SYMBOL-interval.csv[.gz] (open_time_ms,open,high,low,close,volume).",
            Required = true,
        };
        var apiKey = new Option<string>("--api-key")
        {
            Description = "API key clients must send (X-MEXC-APIKEY).",
            Required = true,
        };
        var apiSecret = new Option<string>("--api-secret")
        {
            Description = "Secret clients sign with (HMAC-SHA256).",
            Required = true,
        };
        var balances = new Option<string[]>("--balance")
        {
            Description =
                "Starting funds, ASSET=AMOUNT; repeat for several assets (e.g. --balance USDT=10000 --balance BTC=1).",
            AllowMultipleArgumentsPerToken = false,
        };
        var speed = new Option<string>("--speed")
        {
            Description =
                "Replay speed: market seconds per real second (1 = real time, 3600 = an hour per second), or max.",
            DefaultValueFactory = _ => "1",
        };
        var symbols = new Option<string?>("--symbols")
        {
            Description = "Comma-separated symbols to serve (default: every file in --data).",
        };
        var fees = new Option<string?>("--fees")
        {
            Description = "Maker and taker fee rates as fractions, MAKER,TAKER (default 0,0.0005 as MEXC's BTCUSDT).",
        };
        var warmup = new Option<int>("--warmup")
        {
            Description = "Candles per symbol replayed at once at start, so klines have history.",
            DefaultValueFactory = _ => 500,
        };
        var command = new Command(
            "simulator",
            "Run the MEXC wire simulator: MEXC spot REST endpoints over a simulated exchange replaying stored candles. Stop with Ctrl+C."
        )
        {
            urls,
            data,
            apiKey,
            apiSecret,
            balances,
            speed,
            symbols,
            warmup,
            fees,
        };
        command.SetAction(
            (parse, ct) =>
            {
                var error = parse.InvocationConfiguration.Error;
                var options = SimulatorArguments.Parse(
                    parse.GetRequiredValue(urls),
                    parse.GetRequiredValue(data),
                    parse.GetRequiredValue(apiKey),
                    parse.GetRequiredValue(apiSecret),
                    parse.GetValue(balances) ?? [],
                    parse.GetRequiredValue(speed),
                    parse.GetValue(symbols),
                    parse.GetValue(warmup),
                    parse.GetValue(fees)
                );
                return options.IsSuccess
                    ? RunAsync(options.Value, parse.InvocationConfiguration.Output, ct)
                    : Fail(error, options.Failure.Message);
            }
        );
        return command;
    }

    private static async Task<int> RunAsync(WireSimulatorOptions options, TextWriter output, CancellationToken ct)
    {
        await using var handle = await MexcWireSimulator.StartAsync(options, ct).ConfigureAwait(false);
        var symbols = string.Join(", ", handle.Exchange.Symbols().Select(s => s.Symbol.Value));
        await output
            .WriteLineAsync($"MEXC wire simulator on {handle.BaseUrl} ({symbols}); Ctrl+C to stop.")
            .ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop cleanly
        }
        return 0;
    }

    private static async Task<int> Fail(TextWriter error, string message)
    {
        await error.WriteLineAsync($"simulator: {message}").ConfigureAwait(false);
        return BadArguments;
    }
}
