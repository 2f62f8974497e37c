using System.CommandLine;
using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Web.Simulator;
using Symbol = MexcTrader.Core.Domain.Symbol;

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
        };
        command.SetAction(
            (parse, ct) =>
            {
                var error = parse.InvocationConfiguration.Error;
                var options = Options(
                    parse.GetRequiredValue(urls),
                    parse.GetRequiredValue(data),
                    parse.GetRequiredValue(apiKey),
                    parse.GetRequiredValue(apiSecret),
                    parse.GetValue(balances) ?? [],
                    parse.GetRequiredValue(speed),
                    parse.GetValue(symbols),
                    parse.GetValue(warmup)
                );
                return options.IsSuccess
                    ? RunAsync(options.Value, parse.InvocationConfiguration.Output, ct)
                    : Fail(error, options.Failure.Message);
            }
        );
        return command;
    }

    internal static Result<WireSimulatorOptions> Options(
        string url,
        string folder,
        string key,
        string secret,
        string[] balances,
        string speed,
        string? symbols,
        int warmup
    )
    {
        var funds = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var item in balances)
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (
                parts.Length != 2
                || parts[0].Length == 0
                || !decimal.TryParse(
                    parts[1],
                    NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture,
                    out var amount
                )
                || amount <= 0
            )
            {
                return Result.Fail<WireSimulatorOptions>(
                    "args",
                    $"--balance '{item}' is not ASSET=AMOUNT with a positive amount (e.g. USDT=10000)."
                );
            }
            funds[parts[0].ToUpperInvariant()] = amount;
        }
        double? factor = null;
        if (!string.Equals(speed, "max", StringComparison.OrdinalIgnoreCase))
        {
            if (!double.TryParse(speed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return Result.Fail<WireSimulatorOptions>(
                    "args",
                    $"--speed '{speed}' must be a positive number or 'max'."
                );
            }
            factor = value;
        }
        var wanted = new List<Symbol>();
        foreach (
            var text in (symbols ?? "").Split(
                ',',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
        )
        {
            if (!Symbol.TryParse(text, out var symbol))
            {
                return Result.Fail<WireSimulatorOptions>(
                    "args",
                    $"--symbols: '{text}' is not a symbol such as BTCUSDT."
                );
            }
            wanted.Add(symbol.Value);
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return Result.Fail<WireSimulatorOptions>(
                "args",
                $"--urls '{url}' is not an address such as http://127.0.0.1:5100."
            );
        }
        var candles = CandleFolder.Load(folder, wanted);
        if (!candles.IsSuccess)
        {
            return Result.Fail<WireSimulatorOptions>(candles.Failure);
        }
        return Result.Ok(
            new WireSimulatorOptions
            {
                Url = url,
                ApiKey = key,
                ApiSecret = secret,
                Candles = candles.Value,
                Balances = funds,
                Replay = new ReplayOptions(factor, Math.Max(0, warmup)),
            }
        );
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
