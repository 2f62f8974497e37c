using MexcTrader.Core.MarketData.History.Gaps;

namespace MexcTrader.Core.MarketData.History.Download;

/// <summary>
/// Downloads history into the store, resumably: the store itself is the download state, so only missing candles of
/// the range are fetched and a re-run after an interruption fetches the rest (and adds nothing once complete). A range
/// reaching past now stops at the running candle: what has not ended yet is neither fetched nor reported missing.
/// </summary>
public sealed class HistoryDownloader(GapDetector detector, GapFiller filler, TimeProvider clock)
{
    /// <summary>Pairs downloaded at once; the REST client's rate-limit gate still paces every request.</summary>
    public const int MaxParallelPairs = 3;

    public async Task<IReadOnlyList<PairDownloadSummary>> DownloadAsync(
        DownloadRequest request,
        IProgress<DownloadProgress>? progress,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        var end = IntervalGrid.CurrentOpen(request.Interval, clock.GetUtcNow());
        var to = request.To < end ? request.To : end;
        var summaries = new PairDownloadSummary[request.Symbols.Count];
        await Parallel
            .ForEachAsync(
                Enumerable.Range(0, request.Symbols.Count),
                new ParallelOptions { MaxDegreeOfParallelism = MaxParallelPairs, CancellationToken = ct },
                async (i, token) =>
                    summaries[i] = await DownloadPairAsync(
                            new CandleRange(request.Symbols[i], request.Interval, request.From, to),
                            progress,
                            token
                        )
                        .ConfigureAwait(false)
            )
            .ConfigureAwait(false);
        return summaries;
    }

    private async Task<PairDownloadSummary> DownloadPairAsync(
        CandleRange range,
        IProgress<DownloadProgress>? progress,
        CancellationToken ct
    )
    {
        var gaps = await detector.FindAsync(range, ct).ConfigureAwait(false);
        var missing = gaps.Sum(g => g.Count);
        var grid = IntervalGrid.CountBetween(
            range.Interval,
            IntervalGrid.FirstOpenAtOrAfter(range.Interval, range.From),
            range.To
        );
        progress?.Report(new DownloadProgress(range.Symbol, 0, missing));
        var filled = await filler
            .FillAsync(gaps, new Progress(p => progress?.Report(new DownloadProgress(range.Symbol, p, missing))), ct)
            .ConfigureAwait(false);
        if (!filled.IsSuccess)
        {
            var left = await detector.FindAsync(range, ct).ConfigureAwait(false);
            return new PairDownloadSummary(
                range.Symbol,
                0,
                missing - left.Sum(g => g.Count),
                grid - missing,
                left,
                filled.Failure
            );
        }
        var results = filled.Value;
        progress?.Report(new DownloadProgress(range.Symbol, missing, missing));
        return new PairDownloadSummary(
            range.Symbol,
            results.Sum(r => r.Fetched),
            results.Sum(r => r.Added),
            grid - missing + results.Sum(r => r.Present),
            [.. results.SelectMany(r => r.Unfillable)],
            null
        );
    }

    // Progress<T> posts to a captured context; this one reports synchronously, as a running total over all gaps.
    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        private long _done;

        public void Report(long value) => report(Interlocked.Add(ref _done, value));
    }
}
