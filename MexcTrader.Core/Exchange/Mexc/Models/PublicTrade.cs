namespace MexcTrader.Core.Exchange.Mexc.Models;

/// <summary>One public trade; MEXC gives no trade id here.</summary>
/// <param name="IsBuyerMaker">True when the taker sold.</param>
public sealed record PublicTrade(
    decimal Price,
    decimal Quantity,
    decimal QuoteQuantity,
    DateTimeOffset Time,
    bool IsBuyerMaker,
    bool IsBestMatch
);
