using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>One replayed market step: a trade inside <paramref name="Candle"/>, or its close (quantity 0).</summary>
public sealed record ReplayTick(Candle Candle, decimal Price, decimal Quantity, bool Closes, DateTimeOffset Time);
