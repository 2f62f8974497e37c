using Hangfire;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/imports: upload a candle file to import as a background job, then follow its progress.</summary>
internal static class ImportsEndpoints
{
    // room for the multipart framing and the two small fields around the file
    private const long FormOverheadBytes = 64 * 1024;

    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api, JobsOptions options)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports");
        var limit = options.MaxUploadBytes + FormOverheadBytes;
        imports
            .MapPost("/", StartAsync)
            .WithName("StartImport")
            .WithSummary("Uploads a candle CSV (or .csv.gz) and queues its import; 202 with the job id.")
            .WithDescription("multipart/form-data with `file`, `symbol` (e.g. BTCUSDT) and `interval` (e.g. 1h).")
            // scripts post without a browser session, so there is no antiforgery token to check
            .DisableAntiforgery()
            .WithMetadata(new UploadSizeLimit(limit))
            .WithFormOptions(multipartBodyLengthLimit: limit)
            .Produces<ImportJobDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        imports.MapGet("/", List).WithName("ListImports").WithSummary("Recent import jobs, newest first.");
        imports
            .MapGet("/{jobId}", Get)
            .WithName("GetImport")
            .WithSummary("One import job's progress.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        imports
            .MapDelete("/{jobId}", Cancel)
            .WithName("CancelImport")
            .WithSummary("Cancels a queued or running import; nothing of it is stored. 409 when it already ended.")
            .Produces<ImportJobDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> StartAsync(
        IFormFile? file,
        [FromForm] string? symbol,
        [FromForm] string? interval,
        IImportJobLauncher launcher,
        ImportJobTracker tracker,
        IOptions<JobsOptions> options,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        if (file is null || file.Length == 0)
        {
            errors.Add("file", file is null ? "Attach the candle file as form field 'file'." : "The file is empty.");
        }
        var parsedSymbol = errors.Symbol("symbol", symbol);
        var parsedInterval = errors.Interval("interval", interval);
        if (errors.Any || file is null || parsedSymbol is null || parsedInterval is null)
        {
            return errors.ToProblem();
        }
        if (file.Length > options.Value.MaxUploadBytes)
        {
            return TooLarge(new UploadTooLargeException(options.Value.MaxUploadBytes));
        }
        string jobId;
        try
        {
            await using var stream = file.OpenReadStream();
            jobId = await launcher
                .EnqueueAsync(stream, file.FileName, parsedSymbol.Value, parsedInterval.Value, ct)
                .ConfigureAwait(false);
        }
        catch (UploadTooLargeException ex)
        {
            return TooLarge(ex);
        }
        var job = tracker.Get(jobId);
        return job is null
            ? TypedResults.Accepted($"/api/v1/imports/{jobId}")
            : TypedResults.Accepted($"/api/v1/imports/{jobId}", ImportJobDto.From(job));
    }

    private static Ok<ImportJobDto[]> List(ImportJobTracker tracker) =>
        TypedResults.Ok(tracker.Recent.Select(ImportJobDto.From).ToArray());

    private static IResult Get(string jobId, ImportJobTracker tracker) =>
        tracker.Get(jobId) is { } job ? TypedResults.Ok(ImportJobDto.From(job)) : NotFound(jobId);

    private static IResult Cancel(string jobId, ImportJobTracker tracker, IBackgroundJobClient jobs)
    {
        if (tracker.Get(jobId) is not { } job)
        {
            return NotFound(jobId);
        }
        if (job.Progress.Stage is ImportStage.Completed or ImportStage.Failed || !jobs.Delete(jobId))
        {
            return TypedResults.Problem(
                $"Import job '{jobId}' has already ended ({job.Progress.Stage}).",
                statusCode: StatusCodes.Status409Conflict,
                title: "Import already ended"
            );
        }
        // the job reports the cancellation itself once Hangfire has cancelled its token
        return TypedResults.Accepted($"/api/v1/imports/{jobId}", ImportJobDto.From(job));
    }

    private static ProblemHttpResult NotFound(string jobId) =>
        TypedResults.Problem(
            $"No import job '{jobId}' is known (jobs are kept in memory: the 50 most recent since start).",
            statusCode: StatusCodes.Status404NotFound,
            title: "Import job not found"
        );

    private static ProblemHttpResult TooLarge(UploadTooLargeException ex) =>
        TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");

    /// <summary>Raises Kestrel's request body limit (30 MB by default) for the upload endpoint only.</summary>
    private sealed record UploadSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
