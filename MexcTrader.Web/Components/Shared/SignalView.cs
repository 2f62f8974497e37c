using System.Globalization;
using MudBlazor;

namespace MexcTrader.Web.Components.Shared;

/// <summary>How the UI words and colours a signal's score and an outcome.</summary>
public static class SignalView
{
    public static string Direction(double score) =>
        score switch
        {
            >= 0.05 => "Buy",
            <= -0.05 => "Sell",
            _ => "Neutral",
        };

    public static Color Colour(double score) =>
        score switch
        {
            >= 0.05 => Color.Success,
            <= -0.05 => Color.Error,
            _ => Color.Default,
        };

    public static string Number(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    public static string Percent(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("+0.00%;-0.00%;0.00%", CultureInfo.InvariantCulture) : "–";

    public static string Outcome(bool scored, bool? hit) =>
        !scored ? "pending"
        : hit is null ? "neutral"
        : hit.Value ? "hit"
        : "miss";
}
