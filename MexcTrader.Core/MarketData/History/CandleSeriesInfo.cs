using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History;

/// <summary>What the store holds for one (symbol, interval): how many candles and from when to when.</summary>
public sealed record CandleSeriesInfo(
    Symbol Symbol,
    Interval Interval,
    long Count,
    DateTimeOffset First,
    DateTimeOffset Last
);
