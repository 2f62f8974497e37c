using System.Globalization;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Web.Simulator;

/// <summary>MEXC's JSON shapes: decimals as plain strings, times as epoch-ms numbers, order ids as strings.</summary>
internal static class WireFormat
{
    private static readonly string[] SpotOnly = ["SPOT"];
    private static readonly string[] OrderTypes = ["LIMIT", "MARKET", "LIMIT_MAKER"];

    public static string Dec(decimal value) =>
        (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static string?[] Level((decimal Price, decimal Quantity) level) => [Dec(level.Price), Dec(level.Quantity)];

    public static object Ack(OrderView o) =>
        new
        {
            symbol = o.Symbol.Value,
            orderId = o.OrderId,
            orderListId = -1,
            price = Dec(o.Price),
            origQty = Dec(o.OrigQty),
            type = o.Type.ToWire(),
            side = o.Side.ToWire(),
            stpMode = "",
            transactTime = Ms(o.Time),
        };

    public static object Order(OrderView o) =>
        new
        {
            symbol = o.Symbol.Value,
            orderId = o.OrderId,
            orderListId = -1,
            clientOrderId = o.ClientOrderId,
            price = Dec(o.Price),
            origQty = Dec(o.OrigQty),
            executedQty = Dec(o.ExecutedQty),
            cummulativeQuoteQty = Dec(o.CumulativeQuoteQty),
            status = o.Status.ToWire(),
            timeInForce = o.Type is OrderType.Limit or OrderType.LimitMaker ? "GTC" : null,
            type = o.Type.ToWire(),
            side = o.Side.ToWire(),
            stopPrice = (string?)null,
            icebergQty = (string?)null,
            time = Ms(o.Time),
            updateTime = Ms(o.UpdateTime),
            isWorking = true,
            stpMode = "",
            cancelReason = (string?)null,
            origQuoteOrderQty = Dec(o.OrigQuoteOrderQty),
        };

    public static object Cancelled(OrderView o, string? cancelClientId) =>
        new
        {
            symbol = o.Symbol.Value,
            origClientOrderId = o.ClientOrderId,
            orderId = o.OrderId,
            clientOrderId = cancelClientId ?? o.ClientOrderId,
            price = Dec(o.Price),
            origQty = Dec(o.OrigQty),
            executedQty = Dec(o.ExecutedQty),
            cummulativeQuoteQty = Dec(o.CumulativeQuoteQty),
            status = o.Status.ToWire(),
            timeInForce = o.Type is OrderType.Limit or OrderType.LimitMaker ? "GTC" : null,
            type = o.Type.ToWire(),
            side = o.Side.ToWire(),
            orderListId = -1,
        };

    public static object Trade(UserTrade t) =>
        new
        {
            symbol = t.Symbol.Value,
            id = t.TradeId,
            orderId = t.OrderId,
            orderListId = -1,
            price = Dec(t.Price),
            qty = Dec(t.Quantity),
            quoteQty = Dec(t.QuoteQuantity),
            commission = Dec(t.Commission),
            commissionAsset = t.CommissionAsset,
            time = Ms(t.Time),
            isBuyer = t.Side == OrderSide.Buy,
            isMaker = t.IsMaker,
            isBestMatch = true,
            isSelfTrade = false,
            clientOrderId = t.ClientOrderId,
        };

    public static object SymbolInfo(SimulatedSymbolRules r) =>
        new
        {
            symbol = r.Symbol.Value,
            status = "1",
            baseAsset = r.BaseAsset,
            baseAssetPrecision = r.BaseAssetPrecision,
            quoteAsset = r.QuoteAsset,
            quotePrecision = r.QuotePrecision,
            quoteAssetPrecision = r.QuotePrecision,
            baseCommissionPrecision = r.BaseCommissionPrecision,
            quoteCommissionPrecision = r.QuoteCommissionPrecision,
            orderTypes = OrderTypes,
            isSpotTradingAllowed = r.SpotTradingAllowed,
            isMarginTradingAllowed = false,
            quoteAmountPrecision = Dec(r.MinQuoteAmount),
            baseSizePrecision = Dec(r.BaseSizePrecision),
            permissions = SpotOnly,
            filters = Array.Empty<object>(),
            maxQuoteAmount = Dec(r.MaxQuoteAmount),
            makerCommission = Dec(r.MakerCommission),
            takerCommission = Dec(r.TakerCommission),
            quoteAmountPrecisionMarket = Dec(r.MinQuoteAmountMarket),
            maxQuoteAmountMarket = Dec(r.MaxQuoteAmountMarket),
            fullName = r.BaseAsset,
            tradeSideType = 1,
        };
}
