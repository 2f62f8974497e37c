using System.Text.Json;
using MexcTrader.Core.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MexcTrader.Core.Persistence.Configurations;

internal static class ValueConversions
{
    public static readonly ValueConverter<Symbol, string> Symbol = new(s => s.Value, v => new Symbol(v));

    public static readonly ValueConverter<Interval, string> Interval = new(i => i.ToCode(), v => Intervals.Parse(v));

    public static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds = new(
        t => t.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v)
    );

    public static readonly ValueConverter<List<Interval>, string> IntervalList = new(
        list => string.Join(',', list.Select(i => i.ToCode())),
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Intervals.Parse).ToList()
    );

    public static readonly ValueComparer<List<Interval>> IntervalListComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        list => list.Aggregate(0, (hash, i) => HashCode.Combine(hash, i)),
        list => list.ToList()
    );

    public static readonly ValueConverter<TimeSpan, long> Milliseconds = new(
        t => (long)t.TotalMilliseconds,
        v => TimeSpan.FromMilliseconds(v)
    );

    public static readonly ValueConverter<Dictionary<string, string>, string> TextMap = new(
        map => JsonSerializer.Serialize(map, (JsonSerializerOptions?)null),
        json => new Dictionary<string, string>(
            JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null)
                ?? new Dictionary<string, string>(),
            StringComparer.OrdinalIgnoreCase
        )
    );

    public static readonly ValueComparer<Dictionary<string, string>> TextMapComparer = new(
        (a, b) =>
            a != null && b != null && a.Count == b.Count && a.All(p => b.ContainsKey(p.Key) && b[p.Key] == p.Value),
        map => map.Aggregate(0, (hash, p) => hash ^ HashCode.Combine(p.Key.ToUpperInvariant(), p.Value)),
        map => new Dictionary<string, string>(map, StringComparer.OrdinalIgnoreCase)
    );
}
