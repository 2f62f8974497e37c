using System.Diagnostics.CodeAnalysis;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>MEXC's WebSocket channel names (case-sensitive, symbols upper case) and kline interval names.</summary>
public static class MexcChannels
{
    public const string KlinePrefix = "spot@public.kline.v3.api.pb@";
    public const string PrivateOrders = "spot@private.orders.v3.api.pb";
    public const string PrivateDeals = "spot@private.deals.v3.api.pb";
    public const string PrivateAccount = "spot@private.account.v3.api.pb";

    /// <summary>At most this many subscriptions on one connection; more are ignored by the server.</summary>
    public const int MaxSubscriptionsPerConnection = 30;

    private static readonly (Interval Interval, string Name)[] IntervalNames =
    [
        (Interval.OneMinute, "Min1"),
        (Interval.FiveMinutes, "Min5"),
        (Interval.FifteenMinutes, "Min15"),
        (Interval.ThirtyMinutes, "Min30"),
        (Interval.OneHour, "Min60"),
        (Interval.FourHours, "Hour4"),
        (Interval.OneDay, "Day1"),
        (Interval.OneWeek, "Week1"),
        (Interval.OneMonth, "Month1"),
    ];

    public static string Kline(Symbol symbol, Interval interval) =>
        $"{KlinePrefix}{symbol.Value}@{interval.ToWebSocketName()}";

    public static string AggreDeals(Symbol symbol, bool fast = false) =>
        $"spot@public.aggre.deals.v3.api.pb@{(fast ? "10ms" : "100ms")}@{symbol.Value}";

    public static string AggreDepth(Symbol symbol, bool fast = false) =>
        $"spot@public.aggre.depth.v3.api.pb@{(fast ? "10ms" : "100ms")}@{symbol.Value}";

    public static string LimitDepth(Symbol symbol, int levels) =>
        $"spot@public.limit.depth.v3.api.pb@{symbol.Value}@{levels}";

    public static string BookTicker(Symbol symbol, bool fast = false) =>
        $"spot@public.aggre.bookTicker.v3.api.pb@{(fast ? "10ms" : "100ms")}@{symbol.Value}";

    /// <summary>The WebSocket name of an interval (Min1 … Month1; REST names differ).</summary>
    public static string ToWebSocketName(this Interval interval) =>
        Array.Find(IntervalNames, n => n.Interval == interval).Name
        ?? throw new ArgumentOutOfRangeException(nameof(interval), interval, "No WebSocket name.");

    public static bool TryParseInterval(ReadOnlySpan<char> name, [NotNullWhen(true)] out Interval? interval)
    {
        foreach (var (value, text) in IntervalNames)
        {
            if (name.SequenceEqual(text))
            {
                interval = value;
                return true;
            }
        }
        interval = null;
        return false;
    }

    /// <summary>Reads symbol and interval back from a kline channel name; false for any other channel.</summary>
    public static bool TryParseKline(string channel, out Symbol symbol, out Interval interval)
    {
        symbol = default;
        interval = default;
        if (channel is null || !channel.StartsWith(KlinePrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = channel.AsSpan(KlinePrefix.Length);
        var at = rest.IndexOf('@');
        if (
            at <= 0
            || !TryParseInterval(rest[(at + 1)..], out var parsed)
            || !Symbol.TryParse(rest[..at].ToString(), out var parsedSymbol)
        )
        {
            return false;
        }
        symbol = parsedSymbol.Value;
        interval = parsed.Value;
        return true;
    }
}
