namespace MexcTrader.Web.Components.Layout;

/// <summary>Names of the values the layout cascades to pages.</summary>
public static class CascadingNames
{
    /// <summary>A bool: the dark theme is on (charts pick their colours from it).</summary>
    public const string IsDarkMode = "IsDarkMode";
}
