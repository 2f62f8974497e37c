using Hangfire;
using Hangfire.States;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.State;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Jobs;

/// <summary>Saves an upload under the data folder, tracks it as Queued and hands it to <see cref="CandleImportJob"/>.</summary>
internal sealed class ImportJobLauncher(
    IBackgroundJobClient jobs,
    ImportJobTracker tracker,
    IOptions<JobsOptions> options,
    IConfiguration configuration,
    IWebHostEnvironment environment,
    TimeProvider clock
) : IImportJobLauncher
{
    private const int CopyBufferBytes = 81_920;

    /// <exception cref="UploadTooLargeException">The stream is longer than <see cref="JobsOptions.MaxUploadBytes"/>.</exception>
    public async Task<string> EnqueueAsync(
        Stream upload,
        string fileName,
        Symbol symbol,
        Interval interval,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(upload);
        var dataFolder = StorageRegistration.DataFolder(configuration, environment);
        var path = UploadFiles.NewPath(dataFolder, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await SaveAsync(upload, path, options.Value.MaxUploadBytes, ct).ConfigureAwait(false);
            // Created as scheduled (not runnable) so the Queued view is tracked before a worker can report progress.
            var jobId = jobs.Create<CandleImportJob>(
                j => j.RunAsync(path, symbol.Value, interval, null, CancellationToken.None),
                new ScheduledState(TimeSpan.FromDays(1))
            );
            tracker.Track(
                new ImportJobView(
                    jobId,
                    UploadFiles.OriginalName(path),
                    symbol,
                    interval,
                    clock.GetUtcNow(),
                    new ImportProgress(ImportStage.Queued, 0, null, 0, 0, TimeSpan.Zero)
                )
            );
            jobs.ChangeState(jobId, new EnqueuedState(), ScheduledState.StateName);
            return jobId;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task SaveAsync(Stream upload, string path, long maxBytes, CancellationToken ct)
    {
        await using var file = new FileStream(
            path,
            FileMode.CreateNew,
            FileAccess.Write,
            FileShare.None,
            CopyBufferBytes,
            useAsync: true
        );
        var buffer = new byte[CopyBufferBytes];
        long total = 0;
        int read;
        while ((read = await upload.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new UploadTooLargeException(maxBytes);
            }
            await file.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
        }
    }
}
