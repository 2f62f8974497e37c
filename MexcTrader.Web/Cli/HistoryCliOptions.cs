using System.CommandLine;
using System.Globalization;
using Symbol = MexcTrader.Core.Domain.Symbol;

namespace MexcTrader.Web.Cli;

/// <summary>Options and parsing shared by `download` and `gaps`.</summary>
internal static class HistoryCliOptions
{
    public static Option<string> Date(string name, string description, bool required)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            Required = required,
            HelpName = "DATE",
        };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is not null && ParseDate(text) is null)
            {
                result.AddError(
                    $"'{text}' is not a date: use 2025-12-04 or ISO-8601 such as 2025-12-04T13:00:00Z ({name})."
                );
            }
        });
        return option;
    }

    public static Option<string> ExchangeUrl()
    {
        var option = new Option<string>("--exchange-url")
        {
            Description = "MEXC REST root, e.g. the simulator's http://127.0.0.1:5100/; default: Mexc:RestBaseUrl.",
            HelpName = "URL",
        };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (
                text is not null
                && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            )
            {
                result.AddError($"'{text}' is not an http(s) URL.");
            }
        });
        return option;
    }

    public static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var date
        )
            ? date
            : null;

    public static bool TryParseSymbols(string text, out IReadOnlyList<Symbol> symbols, out string error)
    {
        var list = new List<Symbol>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Symbol.TryParse(part, out var symbol))
            {
                (symbols, error) = ([], $"'{part}' is not a valid symbol: use letters or digits, such as BTCUSDT.");
                return false;
            }
            if (!list.Contains(symbol.Value))
            {
                list.Add(symbol.Value);
            }
        }
        (symbols, error) = (list, list.Count == 0 ? "--symbols names no pair." : "");
        return list.Count > 0;
    }
}
