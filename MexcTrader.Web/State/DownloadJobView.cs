using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Download;

namespace MexcTrader.Web.State;

public enum DownloadStage
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>One history-download job as the UI shows it: per pair, candles fetched out of those missing.</summary>
public sealed record DownloadJobView(
    string JobId,
    IReadOnlyList<Symbol> Symbols,
    Interval Interval,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset QueuedAt,
    DownloadStage Stage,
    IReadOnlyDictionary<Symbol, DownloadProgress> Progress,
    IReadOnlyList<PairDownloadSummary> Summaries,
    string? Error
)
{
    public long Fetched => Progress.Values.Sum(p => p.Fetched);

    /// <summary>Missing when each pair started; null until every pair has reported.</summary>
    public long? Missing => Progress.Count == Symbols.Count ? Progress.Values.Sum(p => p.Missing) : null;

    public static DownloadJobView Queued(string jobId, DownloadRequest request, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(
            jobId,
            request.Symbols,
            request.Interval,
            request.From,
            request.To,
            at,
            DownloadStage.Queued,
            new Dictionary<Symbol, DownloadProgress>(),
            [],
            null
        );
    }
}
