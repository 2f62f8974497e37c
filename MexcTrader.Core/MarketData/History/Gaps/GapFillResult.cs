namespace MexcTrader.Core.MarketData.History.Gaps;

/// <summary>What a back-fill did for one gap; <paramref name="Unfillable"/> is what the exchange has no candles for.</summary>
/// <param name="Fetched">Closed candles the source returned inside the gap.</param>
/// <param name="Added">Candles newly stored.</param>
/// <param name="Present">Candles skipped because they were stored meanwhile.</param>
public sealed record GapFillResult(
    CandleGap Gap,
    long Fetched,
    long Added,
    long Present,
    IReadOnlyList<CandleGap> Unfillable
)
{
    public long MissingAfter => Unfillable.Sum(g => g.Count);
}
