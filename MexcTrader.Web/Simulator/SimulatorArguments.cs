using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Web.Simulator;

/// <summary>Turns the `simulator` verb's text arguments into options, with a clear message for each bad one.</summary>
public static class SimulatorArguments
{
    public static Result<WireSimulatorOptions> Parse(
        string url,
        string folder,
        string key,
        string secret,
        string[] balances,
        string speed,
        string? symbols,
        int warmup,
        string? fees = null
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
        (decimal, decimal)? feeRates = null;
        if (fees is not null)
        {
            var rates = fees.Split(',', StringSplitOptions.TrimEntries);
            if (
                rates.Length != 2
                || !decimal.TryParse(
                    rates[0],
                    NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture,
                    out var maker
                )
                || !decimal.TryParse(
                    rates[1],
                    NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture,
                    out var taker
                )
                || maker >= 1
                || taker >= 1
            )
            {
                return Result.Fail<WireSimulatorOptions>(
                    "args",
                    $"--fees '{fees}' must be MAKER,TAKER fractions below 1 (e.g. 0,0.0005 for 0 % and 0.05 %)."
                );
            }
            feeRates = (maker, taker);
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
                Fees = feeRates,
                Replay = new ReplayOptions(factor, Math.Max(0, warmup)),
            }
        );
    }
}
