using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Mexc.Models;

/// <summary>24-hour statistics of a pair; values MEXC leaves null or empty are null.</summary>
/// <param name="PriceChangeFraction">Change as a fraction: 0.0173 means +1.73 %.</param>
public sealed record Ticker24h(
    Symbol Symbol,
    decimal? LastPrice,
    decimal? PriceChange,
    decimal? PriceChangeFraction,
    decimal? PrevClosePrice,
    decimal? OpenPrice,
    decimal? HighPrice,
    decimal? LowPrice,
    decimal? BidPrice,
    decimal? BidQuantity,
    decimal? AskPrice,
    decimal? AskQuantity,
    decimal? Volume,
    decimal? QuoteVolume,
    DateTimeOffset? OpenTime,
    DateTimeOffset? CloseTime
);

/// <summary>Latest trade price of a pair.</summary>
public sealed record PriceTicker(Symbol Symbol, decimal Price);

/// <summary>Best bid and ask of a pair.</summary>
public sealed record BookTicker(
    Symbol Symbol,
    decimal? BidPrice,
    decimal? BidQuantity,
    decimal? AskPrice,
    decimal? AskQuantity
);
