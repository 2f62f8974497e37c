using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Json;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Mexc;

public sealed partial class MexcRestClient
{
    /// <summary>One klines call: at most <paramref name="limit"/> candles opening from <paramref name="from"/>.</summary>
    public Task<Result<IReadOnlyList<Candle>>> GetKlinePageAsync(
        Symbol symbol,
        Interval interval,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int limit,
        CancellationToken ct
    )
    {
        var query = new MexcQuery()
            .Add("symbol", symbol.Value)
            .Add("interval", interval.ToMexcCode())
            .AddIf("startTime", from?.ToUnixTimeMilliseconds())
            .AddIf("endTime", to?.ToUnixTimeMilliseconds())
            .Add("limit", Math.Clamp(limit, 1, 1000));
        return PublicAsync<List<decimal[]>, IReadOnlyList<Candle>>(
            "/api/v3/klines",
            query,
            Json.ListDecimalArray,
            rows => [.. rows.Select(r => MexcWireMapper.ToCandle(r, symbol, interval, clock.UtcNow))],
            ct
        );
    }

    /// <summary>
    /// Every candle opening in [from, to], fetched page by page. Paging follows the last open time rather than the
    /// page size, because the server may cap a page below what was asked (500 or 1000 depending on the docs).
    /// </summary>
    public async Task<Result<IReadOnlyList<Candle>>> GetKlinesAsync(
        Symbol symbol,
        Interval interval,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken ct
    )
    {
        if (to < from)
        {
            return Result.Fail<IReadOnlyList<Candle>>(
                "mexc.bad_range",
                $"The range ends ({to:u}) before it starts ({from:u})."
            );
        }
        var candles = new List<Candle>();
        var start = from;
        while (start <= to)
        {
            var page = await GetKlinePageAsync(symbol, interval, start, to, _options.KlinePageLimit, ct)
                .ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return page;
            }
            var fresh = page.Value.Where(c => c.OpenTime >= start && c.OpenTime <= to).ToList();
            if (fresh.Count == 0)
            {
                break;
            }
            candles.AddRange(fresh);
            start = fresh[^1].OpenTime.AddMilliseconds(1);
        }
        return Result.Ok<IReadOnlyList<Candle>>(candles);
    }
}
