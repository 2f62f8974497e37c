using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.Processing;

/// <summary>The open time of the newest stored candle of a pair, or null when none is stored.</summary>
public delegate Task<DateTimeOffset?> LastStoredLookup(Symbol symbol, Interval interval, CancellationToken ct);
