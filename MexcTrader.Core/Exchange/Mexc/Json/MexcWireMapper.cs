using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Models;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Mexc.Json;

/// <summary>Turns wire shapes into the product's records; throws FormatException on answers that make no sense.</summary>
internal static class MexcWireMapper
{
    public static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? Time(long? ms) => ms is { } value and > 0 ? Time(value) : null;

    public static Symbol ToSymbol(string? text) =>
        Symbol.TryParse(text, out var symbol) ? symbol.Value : throw new FormatException($"Bad symbol '{text}'.");

    public static Candle ToCandle(decimal[] row, Symbol symbol, Interval interval, DateTimeOffset serverNow)
    {
        if (row.Length < 7)
        {
            throw new FormatException($"A kline row has {row.Length} values; 8 were expected.");
        }
        var closeTime = Time((long)row[6]);
        return new Candle(
            symbol,
            interval,
            Time((long)row[0]),
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            row.Length > 7 ? row[7] : 0m
        )
        {
            IsClosed = closeTime <= serverNow,
        };
    }

    public static OrderBookSnapshot ToBook(WireDepth wire) =>
        new(wire.LastUpdateId, [.. wire.Bids.Select(Level)], [.. wire.Asks.Select(Level)], Time(wire.Timestamp));

    private static PriceLevel Level(decimal[] pair) =>
        pair.Length >= 2
            ? new PriceLevel(pair[0], pair[1])
            : throw new FormatException("A depth level needs a price and a quantity.");

    public static PublicTrade ToTrade(WireTrade t) =>
        new(t.Price, t.Qty, t.QuoteQty ?? t.Price * t.Qty, Time(t.Time), t.IsBuyerMaker, t.IsBestMatch ?? true);

    public static PublicTrade ToTrade(WireAggTrade t) =>
        new(t.Price, t.Quantity, t.Price * t.Quantity, Time(t.Time), t.IsBuyerMaker, t.IsBestMatch ?? true);

    public static Ticker24h ToTicker(WireTicker24h t) =>
        new(
            ToSymbol(t.Symbol),
            t.LastPrice,
            t.PriceChange,
            t.PriceChangePercent,
            t.PrevClosePrice,
            t.OpenPrice,
            t.HighPrice,
            t.LowPrice,
            t.BidPrice,
            t.BidQty,
            t.AskPrice,
            t.AskQty,
            t.Volume,
            t.QuoteVolume,
            Time(t.OpenTime),
            Time(t.CloseTime)
        );

    public static PriceTicker ToTicker(WirePriceTicker t) => new(ToSymbol(t.Symbol), t.Price);

    public static BookTicker ToTicker(WireBookTicker t) =>
        new(ToSymbol(t.Symbol), t.BidPrice, t.BidQty, t.AskPrice, t.AskQty);

    public static OrderAck ToAck(WireOrderAck a, OrderRequest sent) =>
        new(
            a.Symbol is null ? sent.Symbol : ToSymbol(a.Symbol),
            a.OrderId is { Length: > 0 } id
                ? id
                : throw new FormatException("The order acknowledgement has no orderId."),
            a.ClientOrderId ?? a.NewClientOrderId ?? sent.ClientOrderId,
            MexcEnumNames.TryParseSide(a.Side, out var side) ? side : sent.Side,
            MexcEnumNames.TryParseType(a.Type, out var type) ? type : sent.Type,
            a.Price ?? sent.Price ?? 0m,
            a.OrigQty ?? sent.Quantity ?? 0m,
            Time(a.TransactTime) ?? DateTimeOffset.UnixEpoch
        );

    public static ExchangeOrder ToOrder(WireOrder o) =>
        new(
            ToSymbol(o.Symbol),
            o.OrderId is { Length: > 0 } id ? id : throw new FormatException("An order has no orderId."),
            o.ClientOrderId ?? o.OrigClientOrderId,
            MexcEnumNames.TryParseSide(o.Side, out var side)
                ? side
                : throw new FormatException($"Unknown side '{o.Side}'."),
            MexcEnumNames.TryParseType(o.Type, out var type) ? type : null,
            MexcEnumNames.TryParseStatus(o.Status, out var status)
                ? status
                : throw new FormatException($"Unknown order status '{o.Status}'."),
            o.Price ?? 0m,
            o.OrigQty ?? o.QtyAlias ?? 0m,
            o.ExecutedQty ?? 0m,
            o.CummulativeQuoteQty ?? o.CumulativeQuoteQty ?? 0m,
            o.OrigQuoteOrderQty ?? 0m,
            Time(o.Time),
            Time(o.UpdateTime)
        );

    public static ExchangeTrade ToTrade(WireMyTrade t) =>
        new(
            ToSymbol(t.Symbol),
            t.Id ?? "",
            t.OrderId ?? throw new FormatException("A trade has no orderId."),
            t.ClientOrderId,
            t.Price,
            t.Qty,
            t.QuoteQty ?? t.Price * t.Qty,
            t.Commission ?? 0m,
            t.CommissionAsset ?? "",
            Time(t.Time),
            t.IsBuyer,
            t.IsMaker,
            t.IsSelfTrade ?? false
        );

    public static ExchangeAccount ToAccount(WireAccount a) =>
        new(
            a.CanTrade ?? false,
            a.CanWithdraw ?? false,
            a.CanDeposit ?? false,
            a.AccountType ?? "SPOT",
            [.. a.Balances.Select(b => new AccountBalance(b.Asset ?? "", b.Free ?? 0m, b.Locked ?? 0m))]
        );
}
