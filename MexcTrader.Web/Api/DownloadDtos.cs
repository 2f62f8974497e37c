using MexcTrader.Core.Domain;
using MexcTrader.Web.State;

namespace MexcTrader.Web.Api;

/// <summary>Body of POST /api/v1/history/downloads: pairs, interval code, and the range [from, to) as ISO-8601 or epoch ms.</summary>
public sealed record StartDownloadRequest(IReadOnlyList<string>? Symbols, string? Interval, string? From, string? To);

/// <summary>Where one pair of a download stands, and (once done) what it did.</summary>
public sealed record PairDownloadDto(
    string Symbol,
    long Fetched,
    long? Missing,
    long? Added,
    long? AlreadyPresent,
    long? MissingLeft,
    string? Error
);

/// <summary>A history-download job over [rangeFrom, rangeTo); <c>error</c> says why it failed or which pairs the exchange refused.</summary>
public sealed record DownloadJobDto(
    string JobId,
    string Interval,
    DateTimeOffset RangeFrom,
    DateTimeOffset RangeTo,
    DateTimeOffset QueuedAt,
    DownloadStage Stage,
    IReadOnlyList<PairDownloadDto> Pairs,
    string? Error
)
{
    public static DownloadJobDto From(DownloadJobView job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(
            job.JobId,
            job.Interval.ToCode(),
            job.From.ToUniversalTime(),
            job.To.ToUniversalTime(),
            job.QueuedAt.ToUniversalTime(),
            job.Stage,
            [
                .. job.Symbols.Select(s =>
                {
                    var progress = job.Progress.GetValueOrDefault(s);
                    var summary = job.Summaries.FirstOrDefault(x => x.Symbol == s);
                    return new PairDownloadDto(
                        s.Value,
                        progress?.Fetched ?? 0,
                        progress?.Missing,
                        summary?.Added,
                        summary?.AlreadyPresent,
                        summary?.MissingLeft,
                        summary?.Failure?.Message
                    );
                }),
            ],
            job.Error
        );
    }
}
