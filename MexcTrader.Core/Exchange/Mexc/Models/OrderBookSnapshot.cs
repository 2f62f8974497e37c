namespace MexcTrader.Core.Exchange.Mexc.Models;

/// <summary>A depth snapshot: bids best (highest) first, asks best (lowest) first.</summary>
/// <param name="LastUpdateId">Book version, on the same counter as the WebSocket depth versions.</param>
public sealed record OrderBookSnapshot(
    long LastUpdateId,
    IReadOnlyList<PriceLevel> Bids,
    IReadOnlyList<PriceLevel> Asks,
    DateTimeOffset? Time
);

/// <summary>One book level.</summary>
public sealed record PriceLevel(decimal Price, decimal Quantity);
