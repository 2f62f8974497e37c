using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange;

/// <summary>The exchange's acknowledgement of a new order: accepted, fill state still unknown.</summary>
/// <param name="OrderId">Exchange order id, opaque text.</param>
public sealed record OrderAck(
    Symbol Symbol,
    string OrderId,
    string? ClientOrderId,
    OrderSide Side,
    OrderType Type,
    decimal Price,
    decimal Quantity,
    DateTimeOffset TransactTime
);
