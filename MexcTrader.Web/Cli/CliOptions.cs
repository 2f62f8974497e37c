using System.CommandLine;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;

namespace MexcTrader.Web.Cli;

/// <summary>Options shared by the headless verbs, with their validation (errors exit with code 1).</summary>
internal static class CliOptions
{
    public static Option<string> File(string description) =>
        new("--file", "-f")
        {
            Description = description,
            Required = true,
            HelpName = "PATH",
        };

    public static Option<string> Symbol(bool required)
    {
        var option = new Option<string>("--symbol", "-s")
        {
            Description = "Pair the candles belong to, as MEXC spells it, e.g. BTCUSDT.",
            Required = required,
            HelpName = "SYMBOL",
        };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is not null && !Core.Domain.Symbol.TryParse(text, out _))
            {
                result.AddError(
                    $"'{text}' is not a valid symbol: use 2-{Core.Domain.Symbol.MaxLength} letters or digits, such as BTCUSDT."
                );
            }
        });
        return option;
    }

    public static Option<string> Interval(bool required)
    {
        var option = new Option<string>("--interval", "-i")
        {
            Description = $"Candle interval: {Intervals.SupportedCodes}.",
            Required = required,
            HelpName = "INTERVAL",
        };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is not null && !Intervals.TryParse(text, out _))
            {
                result.AddError($"Unknown interval '{text}'. Supported: {Intervals.SupportedCodes}.");
            }
        });
        return option;
    }

    public static Option<string> Provider(string description)
    {
        var option = new Option<string>("--provider") { Description = description, HelpName = "Sqlite|PostgreSql" };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is not null && ParseProvider(text) is null)
            {
                result.AddError($"Unknown provider '{text}'. Use Sqlite or PostgreSql.");
            }
        });
        return option;
    }

    public static Option<string> Connection(string description) =>
        new("--connection") { Description = description, HelpName = "CONNECTION_STRING" };

    public static StorageProvider? ParseProvider(string? text) =>
        text?.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => StorageProvider.Sqlite,
            "POSTGRESQL" or "POSTGRES" or "PG" => StorageProvider.PostgreSql,
            _ => null,
        };
}
