using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History;

/// <summary>A time window of one pair's candles: open times in [From, To).</summary>
public sealed record CandleRange(Symbol Symbol, Interval Interval, DateTimeOffset From, DateTimeOffset To);
