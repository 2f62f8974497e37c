using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>Closed and open candles from REST, for the gap-fill after a reconnect.</summary>
public interface IKlineHistory
{
    /// <summary>Every candle opening in [fromTime, toTime], oldest first; the newest may still be open.</summary>
    Task<Result<IReadOnlyList<Candle>>> GetKlinesAsync(
        Symbol symbol,
        Interval interval,
        DateTimeOffset fromTime,
        DateTimeOffset toTime,
        CancellationToken ct
    );
}

/// <summary>
/// The MEXC REST client as the gap-fill source. Each page starts at the previous page's last bar, so a bar that was
/// still running when one page was read is read again, never kept in its earlier state beside a later bar.
/// </summary>
public sealed class MexcRestKlineHistory(MexcRestClient rest, int pageLimit = 1000) : IKlineHistory
{
    public async Task<Result<IReadOnlyList<Candle>>> GetKlinesAsync(
        Symbol symbol,
        Interval interval,
        DateTimeOffset fromTime,
        DateTimeOffset toTime,
        CancellationToken ct
    )
    {
        var all = new List<Candle>();
        var start = fromTime;
        while (true)
        {
            var page = await rest.GetKlinePageAsync(symbol, interval, start, toTime, pageLimit, ct)
                .ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return page;
            }
            if (all.Count > 0 && page.Value.Count > 0 && all[^1].OpenTime == page.Value[0].OpenTime)
            {
                all.RemoveAt(all.Count - 1);
            }
            all.AddRange(page.Value);
            if (page.Value.Count <= 1)
            {
                return Result.Ok<IReadOnlyList<Candle>>(all);
            }
            start = page.Value[^1].OpenTime;
        }
    }
}
