using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange;

/// <summary>An order to send: quantities in base asset, or a quote amount for a market order by value.</summary>
/// <param name="QuoteQuantity">Quote amount to spend (market by value); null otherwise.</param>
/// <param name="ClientOrderId">Our idempotency key (1-32 of a-z A-Z 0-9 _ -); generated when null.</param>
public sealed record OrderRequest(
    Symbol Symbol,
    OrderSide Side,
    OrderType Type,
    decimal? Quantity,
    decimal? QuoteQuantity,
    decimal? Price,
    string? ClientOrderId = null
)
{
    public static OrderRequest Limit(
        Symbol symbol,
        OrderSide side,
        decimal quantity,
        decimal price,
        string? clientId = null
    ) => new(symbol, side, OrderType.Limit, quantity, null, price, clientId);

    public static OrderRequest LimitMaker(
        Symbol symbol,
        OrderSide side,
        decimal quantity,
        decimal price,
        string? clientId = null
    ) => new(symbol, side, OrderType.LimitMaker, quantity, null, price, clientId);

    public static OrderRequest ImmediateOrCancel(
        Symbol symbol,
        OrderSide side,
        decimal quantity,
        decimal price,
        string? clientId = null
    ) => new(symbol, side, OrderType.ImmediateOrCancel, quantity, null, price, clientId);

    public static OrderRequest FillOrKill(
        Symbol symbol,
        OrderSide side,
        decimal quantity,
        decimal price,
        string? clientId = null
    ) => new(symbol, side, OrderType.FillOrKill, quantity, null, price, clientId);

    public static OrderRequest MarketByQuantity(
        Symbol symbol,
        OrderSide side,
        decimal quantity,
        string? clientId = null
    ) => new(symbol, side, OrderType.Market, quantity, null, null, clientId);

    public static OrderRequest MarketByQuote(
        Symbol symbol,
        OrderSide side,
        decimal quoteQuantity,
        string? clientId = null
    ) => new(symbol, side, OrderType.Market, null, quoteQuantity, null, clientId);
}
