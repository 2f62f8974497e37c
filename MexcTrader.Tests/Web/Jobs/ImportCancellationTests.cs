using System.Net;
using Hangfire;
using Hangfire.States;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MexcTrader.Tests.Web.Jobs;

public sealed class ImportCancellationTests
{
    [Fact]
    public async Task DeleteImport_WhileRunning_CancelsTheJobAndReportsCancelled()
    {
        await using var parent = new ApiFactory();
        using var factory = parent.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<ICandleImporter, BlockingImporter>())
        );
        using var client = factory.CreateClient();
        using var form = ImportUploads.Form(ImportUploads.RealLines(5), "BTCUSDT", "1h");
        var accepted = await (await client.PostAsync("/api/v1/imports", form)).ReadAsync<ImportJobDto>();
        await WaitForStageAsync(client, accepted.JobId, ImportStage.Reading);

        var response = await client.DeleteAsync($"/api/v1/imports/{accepted.JobId}");
        var done = await WaitForStageAsync(client, accepted.JobId, ImportStage.Failed);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(CandleImportJob.CancelledMessage, done.Error);
        Assert.Equal(
            DeletedState.StateName,
            factory.Services.GetRequiredService<JobStorage>().GetConnection().GetStateData(accepted.JobId).Name
        );
        await ImportUploads.WaitForAsync(
            () => Task.FromResult(Directory.GetFiles(Path.Combine(parent.DataFolder, UploadFiles.FolderName))),
            files => files.Length == 0,
            "the upload to be deleted"
        );
    }

    [Fact]
    public async Task DeleteImport_AfterItCompleted_Returns409AndUnknownReturns404()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var form = ImportUploads.Form(ImportUploads.RealLines(5), "BTCUSDT", "1h");
        var accepted = await (await client.PostAsync("/api/v1/imports", form)).ReadAsync<ImportJobDto>();
        await WaitForStageAsync(client, accepted.JobId, ImportStage.Completed);

        var ended = await client.DeleteAsync($"/api/v1/imports/{accepted.JobId}");
        var unknown = await client.DeleteAsync("/api/v1/imports/12345");

        Assert.Equal(HttpStatusCode.Conflict, ended.StatusCode);
        Assert.Contains("already ended (Completed)", await ended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task PostImport_JobCannotBeActivated_EndsFailedAndDeletesTheUpload()
    {
        await using var parent = new ApiFactory();
        using var factory = parent.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.RemoveAll<ICandleImporter>())
        );
        using var client = factory.CreateClient();
        using var form = ImportUploads.Form(ImportUploads.RealLines(5), "BTCUSDT", "1h");

        var accepted = await (await client.PostAsync("/api/v1/imports", form)).ReadAsync<ImportJobDto>();
        var done = await WaitForStageAsync(client, accepted.JobId, ImportStage.Failed);

        Assert.StartsWith("The import could not run:", done.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(parent.DataFolder, UploadFiles.FolderName)));
    }

    [Fact]
    public async Task DeleteImport_BeforeItStarts_ReportsCancelledBeforeStartAndDeletesTheUpload()
    {
        await using var factory = new ApiFactory();
        var jobs = factory.Services.GetRequiredService<IBackgroundJobClient>();
        using var client = factory.CreateClient();
        // a job scheduled for later stands in for one still waiting in the queue
        var jobId = jobs.Schedule<CandleImportJob>(
            j =>
                j.RunAsync(
                    Path.Combine(factory.DataFolder, "never.csv"),
                    "BTCUSDT",
                    Interval.OneHour,
                    null,
                    CancellationToken.None
                ),
            TimeSpan.FromHours(1)
        );
        factory
            .Services.GetRequiredService<ImportJobTracker>()
            .Track(
                new ImportJobView(
                    jobId,
                    "never.csv",
                    new Symbol("BTCUSDT"),
                    Interval.OneHour,
                    DateTimeOffset.UnixEpoch,
                    new ImportProgress(ImportStage.Queued, 0, null, 0, 0, TimeSpan.Zero)
                )
            );
        await File.WriteAllTextAsync(Path.Combine(factory.DataFolder, "never.csv"), "x");

        var response = await client.DeleteAsync($"/api/v1/imports/{jobId}");
        var done = await WaitForStageAsync(client, jobId, ImportStage.Failed);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(ImportJobStateFilter.CancelledBeforeStartMessage, done.Error);
        Assert.False(File.Exists(Path.Combine(factory.DataFolder, "never.csv")));
    }

    private static Task<ImportJobDto> WaitForStageAsync(HttpClient client, string jobId, ImportStage stage) =>
        ImportUploads.WaitForAsync(
            async () => await (await client.GetAsync($"/api/v1/imports/{jobId}")).ReadAsync<ImportJobDto>(),
            j => j.Stage == stage,
            $"import job {jobId} to reach {stage}"
        );

    /// <summary>Starts reading, then waits until cancelled, as a long import would.</summary>
    private sealed class BlockingImporter : ICandleImporter
    {
        public async Task<Result<ImportSummary>> ImportAsync(
            CandleImportRequest request,
            IProgress<ImportProgress>? progress,
            CancellationToken ct
        )
        {
            progress?.Report(new ImportProgress(ImportStage.Reading, 1, null, 0, 0, TimeSpan.FromSeconds(1)));
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
        }
    }
}
