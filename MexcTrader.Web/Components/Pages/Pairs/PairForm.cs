using MexcTrader.Core.Domain;

namespace MexcTrader.Web.Components.Pages.Pairs;

/// <summary>Field checks of the Pairs page's forms, with the messages they show.</summary>
public static class PairForm
{
    public static string? ValidateSymbol(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Enter the pair, such as BTCUSDT.";
        }
        return Symbol.TryParse(text, out _)
            ? null
            : $"'{text.Trim()}' is not a pair: use 2-{Symbol.MaxLength} letters or digits, such as BTCUSDT.";
    }

    public static string? ValidateIntervals(IEnumerable<Interval>? intervals) =>
        intervals?.Any() == true ? null : "Choose at least one interval.";
}
