using MexcTrader.Core.Exchange.Simulated;
using static MexcTrader.Web.Simulator.WireFormat;

namespace MexcTrader.Web.Simulator;

/// <summary>MEXC's ticker endpoints (spec 6.10, 6.11): one object with a symbol, an array of all without.</summary>
internal static class TickerEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SimulatedExchange exchange)
    {
        api.MapGet("/ticker/24hr", (HttpRequest r) => PerSymbol(r, exchange, m => Ticker24h(m, exchange.Clock)));
        api.MapGet(
            "/ticker/price",
            (HttpRequest r) =>
                PerSymbol(r, exchange, m => new { symbol = m.Rules.Symbol.Value, price = Dec(m.LastPrice ?? 0) })
        );
        api.MapGet("/ticker/bookTicker", (HttpRequest r) => PerSymbol(r, exchange, BookTicker));
    }

    private static IResult PerSymbol(HttpRequest r, SimulatedExchange exchange, Func<MarketView, object> item)
    {
        if (string.IsNullOrEmpty(r.Query["symbol"]))
        {
            return Results.Json(exchange.Symbols().Select(s => item(exchange.Market(s.Symbol, 1, 1)!)).ToArray());
        }
        return MarketEndpoints.WithMarket(r, exchange, m => Results.Json(item(m)), depth: 1);
    }

    private static object BookTicker(MarketView m) =>
        new
        {
            symbol = m.Rules.Symbol.Value,
            bidPrice = m.Bids.Count > 0 ? Dec(m.Bids[0].Price) : null,
            bidQty = m.Bids.Count > 0 ? Dec(m.Bids[0].Quantity) : null,
            askPrice = m.Asks.Count > 0 ? Dec(m.Asks[0].Price) : null,
            askQty = m.Asks.Count > 0 ? Dec(m.Asks[0].Quantity) : null,
        };

    private static object Ticker24h(MarketView m, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var day = m.Candles.Where(c => c.OpenTime >= now.AddHours(-24)).ToList();
        var last = m.LastPrice ?? 0;
        var open = day.Count > 0 ? day[0].Open : last;
        return new
        {
            symbol = m.Rules.Symbol.Value,
            priceChange = Dec(last - open),
            priceChangePercent = Dec(open == 0 ? 0 : Math.Round((last - open) / open, 4)),
            prevClosePrice = Dec(open),
            lastPrice = Dec(last),
            bidPrice = m.Bids.Count > 0 ? Dec(m.Bids[0].Price) : null,
            bidQty = m.Bids.Count > 0 ? Dec(m.Bids[0].Quantity) : null,
            askPrice = m.Asks.Count > 0 ? Dec(m.Asks[0].Price) : null,
            askQty = m.Asks.Count > 0 ? Dec(m.Asks[0].Quantity) : null,
            openPrice = Dec(open),
            highPrice = Dec(day.Count > 0 ? day.Max(c => c.High) : last),
            lowPrice = Dec(day.Count > 0 ? day.Min(c => c.Low) : last),
            volume = Dec(day.Sum(c => c.Volume)),
            quoteVolume = Dec(day.Sum(KlineSeries.QuoteVolume)),
            openTime = day.Count > 0 ? Ms(day[0].OpenTime) : Ms(now),
            closeTime = Ms(now),
            count = (int?)null,
        };
    }
}
