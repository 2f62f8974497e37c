using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Core.MarketData.History.Gaps;

/// <summary>MEXC's klines as a back-fill source; paging and rate limits are the REST client's.</summary>
public sealed class MexcKlineSource(MexcRestClient client) : IKlineSource
{
    public Task<Result<IReadOnlyList<Candle>>> GetKlinesAsync(
        Symbol symbol,
        Interval interval,
        DateTimeOffset first,
        DateTimeOffset last,
        CancellationToken ct
    ) => client.GetKlinesAsync(symbol, interval, first, last, ct);
}
