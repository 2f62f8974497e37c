using MexcTrader.Core.Domain;

namespace MexcTrader.Web.Jobs;

/// <summary>Saves an uploaded candle file to the data folder and queues its import as a Hangfire job.</summary>
public interface IImportJobLauncher
{
    /// <returns>The Hangfire job id; progress appears in <see cref="State.ImportJobTracker"/> under it.</returns>
    Task<string> EnqueueAsync(Stream upload, string fileName, Symbol symbol, Interval interval, CancellationToken ct);
}
