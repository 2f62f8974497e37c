using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Simulator;

namespace MexcTrader.Web.Engine;

/// <summary>
/// The bundled sample as the demo replays it. The sample's series come from different periods (SOLUSDT from 2023,
/// BTCUSDT and ETHUSDT from 2025–26); each is moved in time by whole candles so that all end together, otherwise the
/// replay would run one pair alone for months and then sit idle for years of market time; then the longer ones are
/// cut to the common start.
/// </summary>
public static class DemoSample
{
    public static Result<IReadOnlyList<Candle>> Load(IReadOnlyCollection<Symbol> symbols)
    {
        var loaded = CandleFolder.Load(DemoDataSeeder.Folder, symbols);
        if (!loaded.IsSuccess)
        {
            return loaded;
        }
        var series = loaded.Value.GroupBy(c => c.Symbol).ToList();
        var end = series.Max(g => g.Max(c => c.OpenTime));
        // the sample's open times are on the interval grid, so a shift between two of them keeps alignment
        var shifted = series
            .Select(g => g.Select(c => c with { OpenTime = c.OpenTime + (end - g.Max(x => x.OpenTime)) }).ToList())
            .ToList();
        // and all start together too: a longer series loses its oldest candles rather than run alone at first
        var start = shifted.Max(s => s.Min(c => c.OpenTime));
        return Result.Ok<IReadOnlyList<Candle>>([.. shifted.SelectMany(s => s.Where(c => c.OpenTime >= start))]);
    }
}
