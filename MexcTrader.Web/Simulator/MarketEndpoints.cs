using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Simulated;
using static MexcTrader.Web.Simulator.WireFormat;

namespace MexcTrader.Web.Simulator;

/// <summary>MEXC's public market data endpoints (spec 6), served from the replayed market.</summary>
internal static class MarketEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SimulatedExchange exchange, WireSimulatorOptions options)
    {
        api.MapGet("/ping", () => Results.Json(new { }));
        api.MapGet("/time", () => Results.Json(new { serverTime = Ms(options.WallClock.GetUtcNow()) }));
        api.MapGet("/defaultSymbols", () => Wrapped(exchange.Symbols().Select(r => r.Symbol.Value).ToArray(), options));
        api.MapGet("/exchangeInfo", (HttpRequest r) => ExchangeInfo(r, exchange, options));
        api.MapGet("/klines", (HttpRequest r) => WithMarket(r, exchange, m => Klines(r, m, options)));
        api.MapGet(
            "/depth",
            (HttpRequest r) => WithMarket(r, exchange, m => Depth(r, m, options), depth: Limit(r, 100, 5000))
        );
        api.MapGet(
            "/trades",
            (HttpRequest r) => WithMarket(r, exchange, m => Trades(r, m), trades: Limit(r, 500, 1000))
        );
        api.MapGet("/aggTrades", (HttpRequest r) => WithMarket(r, exchange, m => AggTrades(r, m), trades: 1000));
        api.MapGet(
            "/avgPrice",
            (HttpRequest r) =>
                WithMarket(r, exchange, m => Results.Json(new { mins = 5, price = Dec(m.LastPrice ?? 0) }))
        );
    }

    internal static IResult Wrapped(object data, WireSimulatorOptions options) =>
        Results.Json(
            new
            {
                data,
                code = 0,
                msg = "success",
                timestamp = Ms(options.WallClock.GetUtcNow()),
            }
        );

    internal static int Limit(HttpRequest r, int fallback, int max) =>
        int.TryParse(r.Query["limit"], out var n) && n > 0 ? Math.Min(n, max) : fallback;

    private static IResult ExchangeInfo(HttpRequest r, SimulatedExchange exchange, WireSimulatorOptions options)
    {
        var wanted = $"{r.Query["symbol"]},{r.Query["symbols"]}".Split(
            ',',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        var rules = exchange.Symbols();
        if (wanted.FirstOrDefault(w => rules.All(x => x.Symbol.Value != w)) is { } unknown)
        {
            return new WireError(-1121, $"Invalid symbol {unknown}.").ToResult();
        }
        return Results.Json(
            new
            {
                timezone = "CST",
                serverTime = Ms(options.WallClock.GetUtcNow()),
                rateLimits = Array.Empty<object>(),
                exchangeFilters = Array.Empty<object>(),
                symbols = rules.Where(x => wanted.Length == 0 || wanted.Contains(x.Symbol.Value)).Select(SymbolInfo),
            }
        );
    }

    internal static IResult WithMarket(
        HttpRequest r,
        SimulatedExchange exchange,
        Func<MarketView, IResult> answer,
        int depth = 5,
        int trades = 1
    )
    {
        if (string.IsNullOrEmpty(r.Query["symbol"]))
        {
            return WireError.Missing("symbol").ToResult();
        }
        return
            Symbol.TryParse(r.Query["symbol"], out var symbol)
            && exchange.Market(symbol.Value, depth, trades) is { } market
            ? answer(market)
            : new WireError(-1121, "Invalid symbol.").ToResult();
    }

    private static IResult Klines(HttpRequest r, MarketView m, WireSimulatorOptions options)
    {
        if (KlineSeries.ParseMexc(r.Query["interval"]) is not { } interval)
        {
            return string.IsNullOrEmpty(r.Query["interval"])
                ? WireError.Missing("interval").ToResult()
                : new WireError(-1121, "Invalid interval.").ToResult();
        }
        var start = long.TryParse(r.Query["startTime"], out var s) ? s : long.MinValue;
        var end = long.TryParse(r.Query["endTime"], out var e) ? e : long.MaxValue;
        var limit = Limit(r, 500, options.KlineLimitMax);
        var rows = KlineSeries
            .At(m.Candles, interval)
            .Where(c => Ms(c.OpenTime) >= start && Ms(c.OpenTime) <= end)
            .ToList();
        // with only an end (or nothing) the newest bars are wanted; with a start, the bars from there
        var page = start == long.MinValue ? rows.Skip(Math.Max(0, rows.Count - limit)) : rows.Take(limit);
        return Results.Json(
            page.Select(c =>
                    new object[]
                    {
                        Ms(c.OpenTime),
                        Dec(c.Open),
                        Dec(c.High),
                        Dec(c.Low),
                        Dec(c.Close),
                        Dec(c.Volume),
                        Ms(interval.NextOpen(c.OpenTime)),
                        Dec(KlineSeries.QuoteVolume(c)),
                    }
                )
                .ToArray()
        );
    }

    private static IResult Depth(HttpRequest r, MarketView m, WireSimulatorOptions options) =>
        Results.Json(
            new
            {
                lastUpdateId = m.DepthVersion,
                bids = m.Bids.Select(Level).ToArray(),
                asks = m.Asks.Select(Level).ToArray(),
                timestamp = Ms(options.WallClock.GetUtcNow()),
            }
        );

    private static IResult Trades(HttpRequest r, MarketView m) =>
        Results.Json(
            m.Trades.Select(t => new
                {
                    id = (string?)null,
                    price = Dec(t.Price),
                    qty = Dec(t.Quantity),
                    quoteQty = Dec(t.Price * t.Quantity),
                    time = Ms(t.Time),
                    isBuyerMaker = t.IsBuyerMaker,
                    isBestMatch = true,
                    tradeType = t.IsBuyerMaker ? "ASK" : "BID",
                })
                .ToArray()
        );

    private static IResult AggTrades(HttpRequest r, MarketView m)
    {
        var start = long.TryParse(r.Query["startTime"], out var s) ? s : long.MinValue;
        var end = long.TryParse(r.Query["endTime"], out var e) ? e : long.MaxValue;
        var limit = Limit(r, 500, 1000);
        return Results.Json(
            m.Trades.Where(t => Ms(t.Time) >= start && Ms(t.Time) <= end)
                .Take(limit)
                .Reverse()
                .Select(t => new Dictionary<string, object?>
                {
                    ["a"] = null,
                    ["f"] = null,
                    ["l"] = null,
                    ["p"] = Dec(t.Price),
                    ["q"] = Dec(t.Quantity),
                    ["T"] = Ms(t.Time),
                    ["m"] = t.IsBuyerMaker,
                    ["M"] = true,
                })
                .ToArray()
        );
    }
}
