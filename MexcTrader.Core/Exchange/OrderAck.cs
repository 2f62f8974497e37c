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
)
{
    /// <summary>The acknowledgement an order already on the exchange stands for (an earlier attempt that landed).</summary>
    public static OrderAck Of(ExchangeOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(
            order.Symbol,
            order.OrderId,
            order.ClientOrderId,
            order.Side,
            order.Type ?? OrderType.Limit,
            order.Price,
            order.Quantity,
            order.Time ?? DateTimeOffset.UnixEpoch
        );
    }
}
