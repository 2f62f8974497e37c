using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>The exchange's mutable record of one order; only <see cref="SimulatedExchange"/> touches it, under its lock.</summary>
internal sealed class SimOrder
{
    public required string Id { get; init; }
    public required NewOrder Request { get; init; }
    public required DateTimeOffset Time { get; init; }
    public required string LockedAsset { get; init; }

    /// <summary>What is still locked for the unfilled rest (quote for buys, base for sells).</summary>
    public decimal Locked { get; set; }
    public decimal Executed { get; set; }
    public decimal CumulativeQuote { get; set; }
    public OrderStatus Status { get; set; } = OrderStatus.New;
    public DateTimeOffset UpdateTime { get; set; }

    public Symbol Symbol => Request.Symbol;
    public OrderSide Side => Request.Side;
    public decimal Price => Request.Price ?? 0m;
    public decimal Quantity => Request.Quantity ?? 0m;
    public decimal Remaining => Quantity - Executed;
    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;

    public OrderView ToView() =>
        new(
            Symbol,
            Id,
            Request.ClientOrderId,
            Side,
            Request.Type,
            Price,
            Quantity,
            Request.QuoteOrderQty ?? 0m,
            Executed,
            CumulativeQuote,
            Status,
            Time,
            UpdateTime
        );

    /// <summary>The terminal status when the rest is cancelled (by the user, or IOC/FOK/market remainder).</summary>
    public OrderStatus CancelledStatus() => Executed > 0 ? OrderStatus.PartiallyCanceled : OrderStatus.Canceled;
}
