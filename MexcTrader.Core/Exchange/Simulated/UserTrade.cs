using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>One fill of the account's order (MEXC myTrades item); the fee is in base for buys, quote for sells.</summary>
public sealed record UserTrade(
    Symbol Symbol,
    string TradeId,
    string OrderId,
    string? ClientOrderId,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    decimal QuoteQuantity,
    decimal Commission,
    string CommissionAsset,
    bool IsMaker,
    DateTimeOffset Time
);
