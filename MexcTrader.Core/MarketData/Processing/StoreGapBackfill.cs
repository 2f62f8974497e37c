using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Gaps;

namespace MexcTrader.Core.MarketData.Processing;

/// <summary>Back-fills through <see cref="GapFiller"/> (exchange → store), then reads what the store now holds in the gap.</summary>
public sealed class StoreGapBackfill(GapFiller filler, CandleReader reader) : IGapBackfill
{
    public async Task<IReadOnlyList<Candle>> BackfillAsync(CandleGap gap, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var filled = await filler.FillAsync([gap], null, ct).ConfigureAwait(false);
        if (!filled.IsSuccess)
        {
            return [];
        }
        return await reader.ReadAsync(gap.Range, (int)Math.Min(gap.Count, int.MaxValue), ct).ConfigureAwait(false);
    }
}
