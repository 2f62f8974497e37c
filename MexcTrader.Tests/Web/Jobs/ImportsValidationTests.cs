using System.Net;
using System.Net.Http.Json;
using MexcTrader.Core.Domain;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Jobs;

public sealed class ImportsValidationTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task PostImports_WithoutFile_Returns400FileError()
    {
        using var client = fixture.Factory.CreateClient();
        using var form = new MultipartFormDataContent();
        ImportUploads.AddField(form, "symbol", "BTCUSDT");
        ImportUploads.AddField(form, "interval", "1h");

        var response = await client.PostAsync("/api/v1/imports", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ReadFieldErrorsAsync();
        Assert.Equal("Attach the candle file as form field 'file'.", Assert.Single(errors["file"]));
        Assert.Equal(["file"], errors.Keys);
    }

    [Fact]
    public async Task PostImports_EmptyFileBadSymbolUnknownInterval_ReturnsEachFieldError()
    {
        using var client = fixture.Factory.CreateClient();
        using var form = ImportUploads.Form([], "BTC/USDT", "2h");

        var response = await client.PostAsync("/api/v1/imports", form);

        var errors = await response.ReadFieldErrorsAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["file", "interval", "symbol"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(
            "Unknown interval '2h'. Supported:",
            Assert.Single(errors["interval"]),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(
            Directory.GetFiles(fixture.Factory.DataFolder, "*", SearchOption.AllDirectories),
            IsUpload
        );
    }

    [Fact]
    public async Task PostImports_JsonInsteadOfForm_Returns415Problem()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/imports", new { symbol = "BTCUSDT", interval = "1h" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetImport_UnknownJob_Returns404Problem()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/api/v1/imports/no-such-job");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(
            "No import job 'no-such-job'",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task PostImports_FileOverLimit_Returns413AndKeepsNothing()
    {
        using var small = fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Jobs:MaxUploadBytes", "1000"));
        using var client = small.CreateClient();
        using var form = ImportUploads.Form(ImportUploads.RealLines(100), "BTCUSDT", "1h");

        var response = await client.PostAsync("/api/v1/imports", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("upload limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(small.Services.GetRequiredService<ImportJobTracker>().Recent);
    }

    [Fact]
    public async Task EnqueueAsync_StreamOverLimit_ThrowsAndDeletesThePartialFile()
    {
        using var small = fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Jobs:MaxUploadBytes", "1000"));
        var sut = small.Services.GetRequiredService<IImportJobLauncher>();
        using var upload = new MemoryStream(new byte[5000]);

        var error = await Assert.ThrowsAsync<UploadTooLargeException>(() =>
            sut.EnqueueAsync(upload, "big.csv", new Symbol("BTCUSDT"), Interval.OneHour, CancellationToken.None)
        );

        Assert.Equal(1000, error.MaxBytes);
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.Factory.DataFolder, UploadFiles.FolderName)));
        Assert.Empty(small.Services.GetRequiredService<ImportJobTracker>().Recent);
    }

    private static bool IsUpload(string path) =>
        path.Contains(
            $"{Path.DirectorySeparatorChar}{UploadFiles.FolderName}{Path.DirectorySeparatorChar}",
            StringComparison.Ordinal
        );
}
