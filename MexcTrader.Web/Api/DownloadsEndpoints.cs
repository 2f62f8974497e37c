using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Download;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/history/downloads: download missing history from MEXC as a background job, then follow it.</summary>
internal static class DownloadsEndpoints
{
    public static RouteGroupBuilder MapDownloads(this RouteGroupBuilder api)
    {
        var downloads = api.MapGroup("/history/downloads").WithTags("History");
        downloads
            .MapPost("/", Start)
            .WithName("StartDownload")
            .WithSummary(
                "Queues a download of the candles missing from the store in [from, to); 202 with the job. "
                    + "Candles already stored are skipped, so a re-run fetches only the rest."
            )
            .Produces<DownloadJobDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
        downloads.MapGet("/", List).WithName("ListDownloads").WithSummary("Recent download jobs, newest first.");
        downloads
            .MapGet("/{jobId}", Get)
            .WithName("GetDownload")
            .WithSummary("One download job's progress per pair.")
            .Produces<DownloadJobDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IResult Start(StartDownloadRequest body, DownloadJobLauncher launcher, DownloadJobTracker tracker)
    {
        var errors = new FieldErrors();
        var symbols = new List<Symbol>();
        if (body.Symbols is not { Count: > 0 })
        {
            errors.Add("symbols", "Give at least one pair, e.g. [\"BTCUSDT\"].");
        }
        else if (body.Symbols.Count > DownloadRequestRules.MaxSymbols)
        {
            errors.Add("symbols", $"At most {DownloadRequestRules.MaxSymbols} pairs per download.");
        }
        else
        {
            foreach (var text in body.Symbols)
            {
                if (errors.Symbol("symbols", text) is { } symbol && !symbols.Contains(symbol))
                {
                    symbols.Add(symbol);
                }
            }
        }
        var interval = errors.Interval("interval", body.Interval);
        var from = errors.Time("from", body.From);
        var to = errors.Time("to", body.To);
        if (string.IsNullOrWhiteSpace(body.From))
        {
            errors.Add("from", "'from' is required.");
        }
        if (string.IsNullOrWhiteSpace(body.To))
        {
            errors.Add("to", "'to' is required.");
        }
        if (interval is { } i && from is { } f && to is { } t && DownloadRequestRules.CheckRange(i, f, t) is { } bad)
        {
            errors.Add("to", bad);
        }
        if (errors.Any || interval is null || from is null || to is null)
        {
            return errors.ToProblem();
        }
        var jobId = launcher.Enqueue(new DownloadRequest(symbols, interval.Value, from.Value, to.Value));
        var job = tracker.Get(jobId);
        return job is null
            ? TypedResults.Accepted($"/api/v1/history/downloads/{jobId}")
            : TypedResults.Accepted($"/api/v1/history/downloads/{jobId}", DownloadJobDto.From(job));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<DownloadJobDto[]> List(DownloadJobTracker tracker) =>
        TypedResults.Ok(tracker.Recent.Select(DownloadJobDto.From).ToArray());

    private static IResult Get(string jobId, DownloadJobTracker tracker) =>
        tracker.Get(jobId) is { } job
            ? TypedResults.Ok(DownloadJobDto.From(job))
            : TypedResults.Problem(
                $"No download job '{jobId}' is known (jobs are kept in memory: the 50 most recent since start).",
                statusCode: StatusCodes.Status404NotFound,
                title: "Download job not found"
            );
}
