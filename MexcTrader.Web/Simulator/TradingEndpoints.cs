using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;
using static MexcTrader.Web.Simulator.WireFormat;

namespace MexcTrader.Web.Simulator;

/// <summary>MEXC's signed order endpoints (spec 8.3–8.9, 8.11) over the simulated exchange.</summary>
internal static class TradingEndpoints
{
    public static void Map(SignedRoutes api, SimulatedExchange exchange)
    {
        api.Map("POST", "/order", p => Place(p, exchange, test: false));
        api.Map("POST", "/order/test", p => Place(p, exchange, test: true));
        api.Map(
            "GET",
            "/order",
            p => WithSymbol(p, s => Answer(exchange.GetOrder(s, p["orderId"], p["origClientOrderId"]), Order))
        );
        api.Map(
            "DELETE",
            "/order",
            p =>
                WithSymbol(
                    p,
                    s =>
                        Answer(
                            exchange.CancelOrder(s, p["orderId"], p["origClientOrderId"]),
                            o => Cancelled(o, p["newClientOrderId"])
                        )
                )
        );
        api.Map("GET", "/openOrders", p => OpenOrders(p, exchange));
        api.Map("DELETE", "/openOrders", p => CancelAll(p, exchange));
        api.Map(
            "GET",
            "/allOrders",
            p =>
                WithSymbol(
                    p,
                    s =>
                        Range(
                            p,
                            500,
                            1000,
                            (from, to, limit) =>
                                Results.Json(exchange.AllOrders(s, from, to, limit).Select(Order).ToArray())
                        )
                )
        );
        api.Map(
            "GET",
            "/myTrades",
            p =>
                WithSymbol(
                    p,
                    s =>
                        Range(
                            p,
                            100,
                            100,
                            (from, to, limit) =>
                                Results.Json(
                                    exchange.MyTrades(s, p["orderId"], from, to, limit).Select(Trade).ToArray()
                                )
                        )
                )
        );
    }

    private static IResult Place(WireRequest p, SimulatedExchange exchange, bool test)
    {
        var parsed = ParseOrder(p);
        if (!parsed.IsSuccess)
        {
            return WireError.From(parsed.Failure).ToResult();
        }
        if (test)
        {
            var check = exchange.TestOrder(parsed.Value);
            return check.IsSuccess ? Results.Json(new { }) : WireError.From(check.Failure).ToResult();
        }
        return Answer(exchange.PlaceOrder(parsed.Value), Ack);
    }

    internal static Result<NewOrder> ParseOrder(WireRequest p)
    {
        foreach (var name in new[] { "symbol", "side", "type" })
        {
            if (p[name] is null)
            {
                return Result.Fail<NewOrder>(
                    "700004",
                    $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed."
                );
            }
        }
        if (!Symbol.TryParse(p["symbol"], out var symbol))
        {
            return Result.Fail<NewOrder>("-1121", "Invalid symbol.");
        }
        if (
            !MexcEnumNames.TryParseSide(p["side"], out var side) || !MexcEnumNames.TryParseType(p["type"], out var type)
        )
        {
            return Result.Fail<NewOrder>(
                "33333",
                $"Parameter error: side '{p["side"]}' or type '{p["type"]}' is not valid."
            );
        }
        if (
            !p.TryDecimal("quantity", out var quantity, out var error)
            || !p.TryDecimal("price", out var price, out error)
            || !p.TryDecimal("quoteOrderQty", out var quote, out error)
        )
        {
            return Result.Fail<NewOrder>("33333", error!);
        }
        return Result.Ok(new NewOrder(symbol.Value, side, type, quantity, price, quote, p["newClientOrderId"]));
    }

    private static IResult Answer<T>(Result<T> result, Func<T, object> shape) =>
        result.IsSuccess ? Results.Json(shape(result.Value)) : WireError.From(result.Failure).ToResult();

    private static IResult WithSymbol(WireRequest p, Func<Symbol, IResult> answer)
    {
        if (p["symbol"] is null)
        {
            return WireError.Missing("symbol").ToResult();
        }
        return Symbol.TryParse(p["symbol"], out var symbol)
            ? answer(symbol.Value)
            : new WireError(-1121, "Invalid symbol.").ToResult();
    }

    private static IResult Range(
        WireRequest p,
        int fallback,
        int max,
        Func<DateTimeOffset?, DateTimeOffset?, int, IResult> answer
    )
    {
        if (
            !p.TryLong("startTime", out var start)
            || !p.TryLong("endTime", out var end)
            || !p.TryLong("limit", out var limit)
        )
        {
            return WireError.Invalid("Parameter error: startTime, endTime and limit must be integers.").ToResult();
        }
        return answer(
            start is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : null,
            end is { } e ? DateTimeOffset.FromUnixTimeMilliseconds(e) : null,
            limit is > 0 ? (int)Math.Min(limit.Value, max) : fallback
        );
    }

    private static IResult OpenOrders(WireRequest p, SimulatedExchange exchange)
    {
        if (p["symbol"] is null)
        {
            return Results.Json(exchange.OpenOrders().Select(Order).ToArray());
        }
        var symbols = Symbols(p["symbol"]!, exchange);
        return symbols.IsSuccess
            ? Results.Json(symbols.Value.SelectMany(s => exchange.OpenOrders(s)).Select(Order).ToArray())
            : WireError.From(symbols.Failure).ToResult();
    }

    private static IResult CancelAll(WireRequest p, SimulatedExchange exchange)
    {
        if (p["symbol"] is null)
        {
            return WireError.Missing("symbol").ToResult();
        }
        var symbols = Symbols(p["symbol"]!, exchange);
        if (!symbols.IsSuccess)
        {
            return WireError.From(symbols.Failure).ToResult();
        }
        var cancelled = symbols.Value.SelectMany(s => exchange.CancelAll(s).Value);
        return Results.Json(cancelled.Select(o => Cancelled(o, null)).ToArray());
    }

    // older docs allow up to five comma-separated symbols
    private static Result<IReadOnlyList<Symbol>> Symbols(string text, SimulatedExchange exchange)
    {
        var symbols = new List<Symbol>();
        foreach (
            var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5)
        )
        {
            if (!Symbol.TryParse(part, out var symbol) || exchange.RulesOf(symbol.Value) is null)
            {
                return Result.Fail<IReadOnlyList<Symbol>>("-1121", $"Invalid symbol {part}.");
            }
            symbols.Add(symbol.Value);
        }
        return Result.Ok<IReadOnlyList<Symbol>>(symbols);
    }
}
