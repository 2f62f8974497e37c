using System.Globalization;
using System.Net;
using Hangfire;
using Hangfire.States;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Jobs;

public sealed class ImportsApiTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PostImports_RealCsv_JobStoresRowsAndEndsCompleted(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var factory = new ApiFactory(provider, database.ConnectionString);
        using var client = factory.CreateClient();
        var lines = ImportUploads.RealLines(150);
        using var form = ImportUploads.Form(lines, "btcusdt", "60m");

        var response = await client.PostAsync("/api/v1/imports", form);

        Assert.True(HttpStatusCode.Accepted == response.StatusCode, await response.Content.ReadAsStringAsync());
        var accepted = await response.ReadAsync<ImportJobDto>();
        Assert.Equal($"/api/v1/imports/{accepted.JobId}", response.Headers.Location?.OriginalString);
        Assert.Equal(("BTCUSDT-1h.csv", "BTCUSDT", "1h"), (accepted.FileName, accepted.Symbol, accepted.Interval));
        var done = await WaitForEndAsync(client, accepted.JobId);
        Assert.Equal(ImportStage.Completed, done.Stage);
        Assert.Null(done.Error);
        Assert.Equal((150, 150, 0), (done.RowsRead, done.RowsAdded, done.RowsPresent));
        var tracked = factory.Services.GetRequiredService<ImportJobTracker>().Get(accepted.JobId);
        Assert.Equal(ImportStage.Completed, tracked?.Progress.Stage);
        Assert.Equal(150, tracked?.Progress.RowsAdded);
        var reader = factory.Services.GetRequiredService<CandleReader>();
        Assert.Equal(150, await reader.CountAsync(new Symbol("BTCUSDT"), Interval.OneHour, CancellationToken.None));
        var first = lines[1].Split(',');
        var stored = (
            await reader.ReadAsync(
                new CandleRange(
                    new Symbol("BTCUSDT"),
                    Interval.OneHour,
                    DateTimeOffset.UnixEpoch,
                    DateTimeOffset.MaxValue
                ),
                1,
                CancellationToken.None
            )
        )[0];
        Assert.Equal(long.Parse(first[0], CultureInfo.InvariantCulture), stored.OpenTime.ToUnixTimeMilliseconds());
        Assert.Equal(decimal.Parse(first[4], CultureInfo.InvariantCulture), stored.Close);
        await ImportUploads.WaitForAsync(
            () => Task.FromResult(Directory.GetFiles(Path.Combine(factory.DataFolder, UploadFiles.FolderName))),
            files => files.Length == 0,
            "the upload to be deleted"
        );
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PostImports_MalformedRow_EndsFailedWithLineNumberAndStoresNothing(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var factory = new ApiFactory(provider, database.ConnectionString);
        using var client = factory.CreateClient();
        var lines = ImportUploads.RealLines(10);
        lines[3] = lines[3].Split(',')[0] + ",abc,1,1,1,1"; // line 4 of the file: a price that is not a number
        using var form = ImportUploads.Form(lines, "BTCUSDT", "1h");

        var response = await client.PostAsync("/api/v1/imports", form);
        var accepted = await response.ReadAsync<ImportJobDto>();
        var done = await WaitForEndAsync(client, accepted.JobId);

        Assert.Equal(ImportStage.Failed, done.Stage);
        Assert.Contains("line 4", done.Error, StringComparison.Ordinal);
        Assert.Equal(0, done.RowsAdded);
        var reader = factory.Services.GetRequiredService<CandleReader>();
        Assert.Equal(0, await reader.CountAsync(new Symbol("BTCUSDT"), Interval.OneHour, CancellationToken.None));
        // an expected failure is reported to the user, not thrown: Hangfire must not show it as a failed job
        using var storage = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var state = await ImportUploads.WaitForAsync(
            () => Task.FromResult(storage.GetStateData(accepted.JobId)?.Name),
            s => s == SucceededState.StateName || s == FailedState.StateName,
            "the Hangfire job to finish"
        );
        Assert.Equal(SucceededState.StateName, state);
    }

    [Fact]
    public async Task PostImports_SameFileTwice_SecondAddsNothing()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var lines = ImportUploads.RealLines(40);

        using var firstForm = ImportUploads.Form(lines, "ETHUSDT", "1h");
        var first = await (await client.PostAsync("/api/v1/imports", firstForm)).ReadAsync<ImportJobDto>();
        await WaitForEndAsync(client, first.JobId);
        using var secondForm = ImportUploads.Form(lines, "ETHUSDT", "1h");
        var second = await (await client.PostAsync("/api/v1/imports", secondForm)).ReadAsync<ImportJobDto>();
        var done = await WaitForEndAsync(client, second.JobId);

        Assert.Equal(ImportStage.Completed, done.Stage);
        Assert.Equal((40, 0, 40), (done.RowsRead, done.RowsAdded, done.RowsPresent));
        var recent = await (await client.GetAsync("/api/v1/imports")).ReadAsync<ImportJobDto[]>();
        Assert.Equal([second.JobId, first.JobId], recent.Select(j => j.JobId));
    }

    private static Task<ImportJobDto> WaitForEndAsync(HttpClient client, string jobId) =>
        ImportUploads.WaitForAsync(
            async () => await (await client.GetAsync($"/api/v1/imports/{jobId}")).ReadAsync<ImportJobDto>(),
            j => j.Stage is ImportStage.Completed or ImportStage.Failed,
            $"import job {jobId}"
        );
}
