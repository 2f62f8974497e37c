using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange;

/// <summary>One fill of one of our orders.</summary>
public sealed record ExchangeTrade(
    Symbol Symbol,
    string TradeId,
    string OrderId,
    string? ClientOrderId,
    decimal Price,
    decimal Quantity,
    decimal QuoteQuantity,
    decimal Commission,
    string CommissionAsset,
    DateTimeOffset Time,
    bool IsBuyer,
    bool IsMaker,
    bool IsSelfTrade
);
