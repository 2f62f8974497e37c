using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Simulated;
using static MexcTrader.Web.Simulator.WireFormat;

namespace MexcTrader.Web.Simulator;

/// <summary>MEXC's signed account endpoints: balances, trade fees and listen keys (spec 8.10, 8.12, 11.1).</summary>
internal static class AccountEndpoints
{
    private static readonly string[] SpotOnly = ["SPOT"];

    public static void Map(SignedRoutes api, SimulatedExchange exchange, ListenKeys keys, WireSimulatorOptions options)
    {
        api.Map("GET", "/account", _ => Account(exchange));
        api.Map("GET", "/tradeFee", p => TradeFee(p, exchange, options));
        api.Map(
            "POST",
            "/userDataStream",
            _ =>
                keys.Create() is { } key
                    ? Results.Json(new { listenKey = key })
                    : new WireError(730002, "Too many listen keys.").ToResult()
        );
        api.Map("GET", "/userDataStream", _ => Results.Json(new { listenKey = keys.Valid() }));
        api.Map("PUT", "/userDataStream", p => WithKey(p, keys.KeepAlive));
        api.Map("DELETE", "/userDataStream", p => WithKey(p, keys.Delete));
    }

    private static IResult Account(SimulatedExchange exchange) =>
        Results.Json(
            new
            {
                makerCommission = (int?)null,
                takerCommission = (int?)null,
                buyerCommission = (int?)null,
                sellerCommission = (int?)null,
                canTrade = true,
                canWithdraw = true,
                canDeposit = true,
                updateTime = (long?)null,
                accountType = "SPOT",
                balances = exchange
                    .Balances()
                    .Select(b => new
                    {
                        asset = b.Asset,
                        free = Dec(b.Free),
                        locked = Dec(b.Locked),
                        available = Dec(b.Free),
                    })
                    .ToArray(),
                permissions = SpotOnly,
            }
        );

    private static IResult TradeFee(WireRequest p, SimulatedExchange exchange, WireSimulatorOptions options)
    {
        if (p["symbol"] is null)
        {
            return WireError.Missing("symbol").ToResult();
        }
        if (!Symbol.TryParse(p["symbol"], out var symbol) || exchange.RulesOf(symbol.Value) is not { } rules)
        {
            return new WireError(-1121, "Invalid symbol.").ToResult();
        }
        var fees = new { makerCommission = rules.MakerCommission, takerCommission = rules.TakerCommission };
        return MarketEndpoints.Wrapped(fees, options);
    }

    // MEXC documents no error code for an unknown key; -1125 is Binance's "This listenKey does not exist."
    private static IResult WithKey(WireRequest p, Func<string, bool> action)
    {
        if (p["listenKey"] is not { } key)
        {
            return WireError.Missing("listenKey").ToResult();
        }
        return action(key)
            ? Results.Json(new { listenKey = key })
            : new WireError(-1125, "This listenKey does not exist.").ToResult();
    }
}
