using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData;

/// <summary>A pair to start following: its symbol, whether it trades, and the intervals to keep candles for.</summary>
public sealed record TradingPairDraft(Symbol Symbol, bool Enabled, IReadOnlyCollection<Interval> Intervals);
