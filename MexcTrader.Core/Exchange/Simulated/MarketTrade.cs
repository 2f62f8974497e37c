using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>A trade on the replayed market (MEXC trades / aggTrades item).</summary>
public sealed record MarketTrade(
    Symbol Symbol,
    decimal Price,
    decimal Quantity,
    DateTimeOffset Time,
    bool IsBuyerMaker
);
