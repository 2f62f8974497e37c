using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Components;

/// <summary>Real MEXC candles from shared/data, stored straight through EF.</summary>
public static class SampleCandles
{
    /// <summary>The first <paramref name="count"/> rows of mexc-spot/&lt;symbol&gt;-1h.csv.</summary>
    public static IReadOnlyList<Candle> Read(string symbol, int count) =>
        RealCandles.Read($"data/mexc-spot/{symbol}-1h.csv", new Symbol(symbol), Interval.OneHour, count);

    /// <summary>Seeds through the host's own context factory (end-to-end tests).</summary>
    public static async Task<IReadOnlyList<Candle>> SeedAsync(IServiceProvider services, string symbol, int count)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<TradingDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await SeedAsync(db, symbol, count);
    }

    public static async Task<IReadOnlyList<Candle>> SeedAsync(TradingDbContext db, string symbol, int count)
    {
        var candles = Read(symbol, count);
        db.Candles.AddRange(candles);
        await db.SaveChangesAsync();
        return candles;
    }
}
