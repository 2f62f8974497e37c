using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>An order's state at one moment, with the fields MEXC's order queries return.</summary>
/// <param name="Price">Limit price; 0 for market orders.</param>
/// <param name="OrigQuoteOrderQty">Quote amount of a market-by-value order, 0 otherwise.</param>
/// <param name="CumulativeQuoteQty">Quote value filled so far.</param>
public sealed record OrderView(
    Symbol Symbol,
    string OrderId,
    string? ClientOrderId,
    OrderSide Side,
    OrderType Type,
    decimal Price,
    decimal OrigQty,
    decimal OrigQuoteOrderQty,
    decimal ExecutedQty,
    decimal CumulativeQuoteQty,
    OrderStatus Status,
    DateTimeOffset Time,
    DateTimeOffset UpdateTime
)
{
    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;
}
