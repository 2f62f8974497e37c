using MexcTrader.Core.MarketData.History.Gaps;

namespace MexcTrader.Core.MarketData.Processing;

/// <summary>Fetches (and stores) the candles of a gap between two closed candles; returns those it found, oldest first.</summary>
public interface IGapBackfill
{
    Task<IReadOnlyList<Candle>> BackfillAsync(CandleGap gap, CancellationToken ct);
}
