using System.Globalization;
using MexcTrader.Core.Domain;

namespace MexcTrader.Web.Jobs;

/// <summary>Limits on a history download started from the UI or the API, with the messages both show.</summary>
public static class DownloadRequestRules
{
    public const int MaxSymbols = 20;

    /// <summary>About 3.8 years of 1m candles per pair: enough for any backtest, small enough to finish.</summary>
    public const long MaxCandlesPerPair = 2_000_000;

    public static readonly DateTimeOffset Earliest = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Null when [from, to) is a range to download at <paramref name="interval"/>; otherwise why not.</summary>
    public static string? CheckRange(Interval interval, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return "'to' must be after 'from'.";
        }
        if (from < Earliest)
        {
            return $"'from' must be on or after {Earliest:yyyy-MM-dd}.";
        }
        var candles = (to - from).Ticks / interval.Length().Ticks;
        return candles > MaxCandlesPerPair
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"The range holds {candles:N0} {interval.ToCode()} candles per pair; the limit is {MaxCandlesPerPair:N0}. Split it or pick a longer interval."
            )
            : null;
    }
}
