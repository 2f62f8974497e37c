using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Import;

namespace MexcTrader.Core.MarketData.History.Gaps;

/// <summary>
/// Back-fills gaps from an exchange, chunk by chunk, through the idempotent bulk loader, so an interrupted fill keeps
/// what it stored. Each gap is fetched once: whatever the exchange does not have (an outage) is reported as unfillable,
/// never retried in a loop.
/// </summary>
public sealed class GapFiller(IKlineSource source, ICandleBulkLoader loader, GapDetector detector)
{
    /// <summary>Candles asked for per request range; each chunk is stored before the next is fetched.</summary>
    public const int ChunkCandles = 5_000;

    /// <param name="fetched">Receives the number of candles each chunk fetched.</param>
    public async Task<Result<IReadOnlyList<GapFillResult>>> FillAsync(
        IReadOnlyList<CandleGap> gaps,
        IProgress<long>? fetched,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var results = new List<GapFillResult>(gaps.Count);
        foreach (var gap in gaps)
        {
            var result = await FillOneAsync(gap, fetched, ct).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                return Result.Fail<IReadOnlyList<GapFillResult>>(result.Failure);
            }
            results.Add(result.Value);
        }
        return Result.Ok<IReadOnlyList<GapFillResult>>(results);
    }

    private async Task<Result<GapFillResult>> FillOneAsync(
        CandleGap gap,
        IProgress<long>? fetched,
        CancellationToken ct
    )
    {
        long got = 0,
            added = 0,
            present = 0;
        foreach (var (from, to) in Chunks(gap))
        {
            var page = await source.GetKlinesAsync(gap.Symbol, gap.Interval, from, to, ct).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return Result.Fail<GapFillResult>(page.Failure);
            }
            // only finished candles on the grid and inside the gap are history; the open one will come later
            List<Candle> closed =
            [
                .. page.Value.Where(c =>
                    c.IsClosed
                    && c.Symbol == gap.Symbol
                    && c.Interval == gap.Interval
                    && c.OpenTime >= from
                    && c.OpenTime <= to
                    && gap.Interval.IsAligned(c.OpenTime)
                ),
            ];
            if (closed.Count > 0)
            {
                var stored = await loader.LoadAsync(closed, ct).ConfigureAwait(false);
                added += stored.Added;
                present += stored.Present;
            }
            got += closed.Count;
            fetched?.Report(closed.Count);
        }
        var left = await detector.FindAsync(gap.Range, ct).ConfigureAwait(false);
        return Result.Ok(new GapFillResult(gap, got, added, present, left));
    }

    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Chunks(CandleGap gap)
    {
        if (gap.Interval == Interval.OneMonth)
        {
            yield return (gap.First, gap.Last);
            yield break;
        }
        var span = gap.Interval.Length() * (ChunkCandles - 1);
        for (var from = gap.First; from <= gap.Last; from += span + gap.Interval.Length())
        {
            var to = from + span;
            yield return (from, to < gap.Last ? to : gap.Last);
        }
    }
}
