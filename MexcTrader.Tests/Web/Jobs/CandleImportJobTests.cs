using Hangfire;
using Hangfire.InMemory;
using Hangfire.Server;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace MexcTrader.Tests.Web.Jobs;

public sealed class CandleImportJobTests : IDisposable
{
    private const string JobId = "42";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mexctrader-job-");
    private readonly ImportJobTracker _tracker = new();
    private readonly InMemoryStorage _storage = new();

    [Fact]
    public async Task RunAsync_ImporterRejectsFile_ReportsFailedWithMessageWithoutThrowing()
    {
        var path = Upload();
        var sut = Job((_, _, _) => Task.FromResult(Result.Fail<ImportSummary>("import.malformed-row", "line 7: bad")));

        await sut.RunAsync(path, "BTCUSDT", Interval.OneHour, Context(), CancellationToken.None);

        var view = _tracker.Get(JobId);
        Assert.Equal((ImportStage.Failed, "line 7: bad"), (view?.Progress.Stage, view?.Progress.Error));
        Assert.Equal("BTCUSDT-1h.csv", view?.FileName);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task RunAsync_ImporterSucceeds_ReportsEveryProgressThenCompletedFromSummary()
    {
        var path = Upload();
        var seen = new List<ImportStage>();
        using var subscription = _tracker.Subscribe(() =>
        {
            seen.Add(_tracker.Get(JobId)!.Progress.Stage);
            return Task.CompletedTask;
        });
        var sut = Job(
            (request, progress, _) =>
            {
                Assert.Equal((new Symbol("ETHUSDT"), Interval.FiveMinutes), (request.Symbol, request.Interval));
                progress?.Report(new ImportProgress(ImportStage.Reading, 10, null, 0, 0, TimeSpan.FromSeconds(1)));
                progress?.Report(new ImportProgress(ImportStage.Storing, 20, 20, 0, 0, TimeSpan.FromSeconds(2)));
                return Task.FromResult(Result.Ok(new ImportSummary(20, 15, 5, TimeSpan.FromSeconds(4))));
            }
        );

        await sut.RunAsync(path, "ETHUSDT", Interval.FiveMinutes, Context(), CancellationToken.None);

        Assert.Equal([ImportStage.Queued, ImportStage.Reading, ImportStage.Storing, ImportStage.Completed], seen);
        var done = _tracker.Get(JobId)!.Progress;
        Assert.Equal((20, 15, 5, 5.0), (done.RowsRead, done.RowsAdded, done.RowsPresent, done.RowsPerSecond));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReportsCancelledAndRethrows()
    {
        var path = Upload();
        using var cts = new CancellationTokenSource();
        var sut = Job(
            async (_, _, ct) =>
            {
                await cts.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
                return Result.Ok(new ImportSummary(0, 0, 0, TimeSpan.Zero));
            }
        );

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            sut.RunAsync(path, "BTCUSDT", Interval.OneHour, Context(), cts.Token)
        );

        Assert.Equal(CandleImportJob.CancelledMessage, _tracker.Get(JobId)?.Progress.Error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task RunAsync_UnexpectedException_ReportsFailedAndRethrows()
    {
        var path = Upload();
        var sut = Job((_, _, _) => throw new InvalidOperationException("disk on fire"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            sut.RunAsync(path, "BTCUSDT", Interval.OneHour, Context(), CancellationToken.None)
        );

        Assert.Equal("disk on fire", error.Message);
        Assert.Equal(ImportStage.Failed, _tracker.Get(JobId)?.Progress.Stage);
        Assert.Equal(CandleImportJob.UnexpectedMessage, _tracker.Get(JobId)?.Progress.Error);
        Assert.False(File.Exists(path));
    }

    public void Dispose()
    {
        _storage.Dispose();
        _folder.Delete(recursive: true);
    }

    private string Upload()
    {
        var path = UploadFiles.NewPath(_folder.FullName, "BTCUSDT-1h.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "open_time_ms,open,high,low,close,volume\n");
        return path;
    }

    private CandleImportJob Job(
        Func<CandleImportRequest, IProgress<ImportProgress>?, CancellationToken, Task<Result<ImportSummary>>> import
    ) => new(new DelegateImporter(import), _tracker, TimeProvider.System, NullLogger<CandleImportJob>.Instance);

    private PerformContext Context() =>
        new(
            _storage,
            _storage.GetConnection(),
            new BackgroundJob(JobId, Hangfire.Common.Job.FromExpression(() => Console.WriteLine()), DateTime.UtcNow),
            new JobCancellationToken(false)
        );

    private sealed class DelegateImporter(
        Func<CandleImportRequest, IProgress<ImportProgress>?, CancellationToken, Task<Result<ImportSummary>>> import
    ) : ICandleImporter
    {
        public Task<Result<ImportSummary>> ImportAsync(
            CandleImportRequest request,
            IProgress<ImportProgress>? progress,
            CancellationToken ct
        ) => import(request, progress, ct);
    }
}
