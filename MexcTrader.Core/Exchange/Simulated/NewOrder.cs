using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>An order as placed: quantity in base, or quote amount for market orders; price for limit-type orders.</summary>
public sealed record NewOrder(
    Symbol Symbol,
    OrderSide Side,
    OrderType Type,
    decimal? Quantity = null,
    decimal? Price = null,
    decimal? QuoteOrderQty = null,
    string? ClientOrderId = null
);
