using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Gaps;

namespace MexcTrader.Core.MarketData.History.Download;

/// <summary>What a download did for one pair; <paramref name="Failure"/> is set when the exchange refused midway.</summary>
/// <param name="AlreadyPresent">Candles of the range that were stored before (skipped without asking the exchange).</param>
/// <param name="GapsLeft">Missing runs the exchange had no candles for (outages), or not yet fetched after a failure.</param>
public sealed record PairDownloadSummary(
    Symbol Symbol,
    long Fetched,
    long Added,
    long AlreadyPresent,
    IReadOnlyList<CandleGap> GapsLeft,
    Failure? Failure
)
{
    public long MissingLeft => GapsLeft.Sum(g => g.Count);
}
