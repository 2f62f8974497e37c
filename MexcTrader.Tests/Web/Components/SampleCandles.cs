using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Web.Components;

/// <summary>Real MEXC candles from shared/data, read with a tiny parser and stored straight through EF.</summary>
public static class SampleCandles
{
    /// <summary>The first <paramref name="count"/> rows of mexc-spot/&lt;symbol&gt;-1h.csv.</summary>
    public static IReadOnlyList<Candle> Read(string symbol, int count)
    {
        var path = SharedData.File($"data/mexc-spot/{symbol}-1h.csv");
        return
        [
            .. File.ReadLines(path)
                .Skip(1)
                .Take(count)
                .Select(line => Parse(new Symbol(symbol), Interval.OneHour, line)),
        ];
    }

    public static async Task<IReadOnlyList<Candle>> SeedAsync(TradingDbContext db, string symbol, int count)
    {
        var candles = Read(symbol, count);
        db.Candles.AddRange(candles);
        await db.SaveChangesAsync();
        return candles;
    }

    private static Candle Parse(Symbol symbol, Interval interval, string line)
    {
        var f = line.Split(',');
        decimal D(int i) => decimal.Parse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        var open = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[0], CultureInfo.InvariantCulture));
        return new Candle(symbol, interval, open, D(1), D(2), D(3), D(4), D(5), 0m);
    }
}
