using System.Diagnostics.CodeAnalysis;

namespace MexcTrader.Core.Domain;

/// <summary>Codes, durations and alignment rules of <see cref="Interval"/>.</summary>
public static class Intervals
{
    private static readonly (Interval Interval, string Code, string MexcCode, TimeSpan Length)[] Table =
    [
        (Interval.OneMinute, "1m", "1m", TimeSpan.FromMinutes(1)),
        (Interval.FiveMinutes, "5m", "5m", TimeSpan.FromMinutes(5)),
        (Interval.FifteenMinutes, "15m", "15m", TimeSpan.FromMinutes(15)),
        (Interval.ThirtyMinutes, "30m", "30m", TimeSpan.FromMinutes(30)),
        (Interval.OneHour, "1h", "60m", TimeSpan.FromHours(1)),
        (Interval.FourHours, "4h", "4h", TimeSpan.FromHours(4)),
        (Interval.OneDay, "1d", "1d", TimeSpan.FromDays(1)),
        (Interval.OneWeek, "1w", "1W", TimeSpan.FromDays(7)),
        (Interval.OneMonth, "1M", "1M", TimeSpan.FromDays(31)),
    ];

    /// <summary>Every interval code accepted on input, for help texts and error messages.</summary>
    public static string SupportedCodes => string.Join(' ', Table.Select(t => t.Code)) + " (60m = 1h)";

    public static IReadOnlyList<Interval> All { get; } = [.. Table.Select(t => t.Interval)];

    public static string ToCode(this Interval interval) => Row(interval).Code;

    /// <summary>The code MEXC's kline endpoints use (60m, not 1h).</summary>
    public static string ToMexcCode(this Interval interval) => Row(interval).MexcCode;

    /// <summary>Nominal length; months vary, so use <see cref="NextOpen"/> to step.</summary>
    public static TimeSpan Length(this Interval interval) => Row(interval).Length;

    /// <summary>
    /// Reads an interval as traders write it (1m 5m 15m 30m 1h 4h 1d 1w 1M) or as MEXC does (60m, 1W). Minutes and
    /// months differ only by case (1m, 1M), so m/M compare exactly; h, d and w may be upper or lower case.
    /// </summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out Interval? interval)
    {
        interval = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }
        var text = code.Trim();
        if (text[^1] is 'H' or 'D' or 'W')
        {
            text = string.Concat(text.AsSpan(0, text.Length - 1), [char.ToLowerInvariant(text[^1])]);
        }
        foreach (var row in Table)
        {
            if (row.Code == text || row.MexcCode == text)
            {
                interval = row.Interval;
                return true;
            }
        }
        return false;
    }

    public static Interval Parse(string code) =>
        TryParse(code, out var interval)
            ? interval.Value
            : throw new FormatException($"Unknown interval '{code}'. Supported: {SupportedCodes}.");

    /// <summary>Whether a candle may open at this instant: weeks open on Monday 00:00 UTC, months on the 1st.</summary>
    public static bool IsAligned(this Interval interval, DateTimeOffset openTime)
    {
        var utc = openTime.ToUniversalTime();
        return interval switch
        {
            Interval.OneMonth => utc.Day == 1 && utc.TimeOfDay == TimeSpan.Zero,
            Interval.OneWeek => utc.DayOfWeek == DayOfWeek.Monday && utc.TimeOfDay == TimeSpan.Zero,
            _ => utc.ToUnixTimeMilliseconds() % (long)interval.Length().TotalMilliseconds == 0,
        };
    }

    /// <summary>The open time of the candle after the one opening at <paramref name="openTime"/>.</summary>
    public static DateTimeOffset NextOpen(this Interval interval, DateTimeOffset openTime) =>
        interval == Interval.OneMonth ? openTime.AddMonths(1) : openTime + interval.Length();

    // Table is in enum order, so a row is found by index (no search, no closure: candle files check every row).
    private static (Interval Interval, string Code, string MexcCode, TimeSpan Length) Row(Interval interval) =>
        (uint)interval < (uint)Table.Length && Table[(int)interval].Interval == interval
            ? Table[(int)interval]
            : throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval.");
}
