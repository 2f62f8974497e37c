using System.Globalization;

namespace MexcTrader.Web.Components.Shared;

/// <summary>How the UI writes instants: UTC, sortable, minutes (candles never open between minutes).</summary>
public static class TimeFormat
{
    public static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
