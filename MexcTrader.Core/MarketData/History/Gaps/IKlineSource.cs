using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Gaps;

/// <summary>Where missing history comes from: the exchange's klines opening in [first, last], both ends inclusive.</summary>
public interface IKlineSource
{
    Task<Result<IReadOnlyList<Candle>>> GetKlinesAsync(
        Symbol symbol,
        Interval interval,
        DateTimeOffset first,
        DateTimeOffset last,
        CancellationToken ct
    );
}
