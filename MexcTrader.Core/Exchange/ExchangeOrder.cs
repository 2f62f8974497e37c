using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange;

/// <summary>An order as the exchange reports it when queried, cancelled or listed.</summary>
/// <param name="Type">Null for query-only types such as STOP_MARKET_ORDER.</param>
/// <param name="QuoteOrderQuantity">Quote amount of a market order by value; 0 otherwise.</param>
public sealed record ExchangeOrder(
    Symbol Symbol,
    string OrderId,
    string? ClientOrderId,
    OrderSide Side,
    OrderType? Type,
    OrderStatus Status,
    decimal Price,
    decimal Quantity,
    decimal ExecutedQuantity,
    decimal CumulativeQuoteQuantity,
    decimal QuoteOrderQuantity,
    DateTimeOffset? Time,
    DateTimeOffset? UpdateTime
)
{
    /// <summary>Average fill price, or null before the first fill.</summary>
    public decimal? AveragePrice => ExecutedQuantity > 0 ? CumulativeQuoteQuantity / ExecutedQuantity : null;

    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;
}
