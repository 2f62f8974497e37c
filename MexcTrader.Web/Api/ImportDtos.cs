using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Web.State;

namespace MexcTrader.Web.Api;

/// <summary>An import job and where it stands; <c>error</c> says why a file was rejected.</summary>
public sealed record ImportJobDto(
    string JobId,
    string FileName,
    string Symbol,
    string Interval,
    DateTimeOffset QueuedAt,
    ImportStage Stage,
    long RowsRead,
    long? RowsTotal,
    long RowsAdded,
    long RowsPresent,
    double ElapsedSeconds,
    double RowsPerSecond,
    string? Error
)
{
    public static ImportJobDto From(ImportJobView job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var p = job.Progress;
        return new(
            job.JobId,
            job.FileName,
            job.Symbol.Value,
            job.Interval.ToCode(),
            job.QueuedAt.ToUniversalTime(),
            p.Stage,
            p.RowsRead,
            p.RowsTotal,
            p.RowsAdded,
            p.RowsPresent,
            p.Elapsed.TotalSeconds,
            p.RowsPerSecond,
            p.Error
        );
    }
}
