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
}
