using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Web.Api;

/// <summary>A run of missing candles: first and last missing open time (UTC, inclusive) and how many.</summary>
public sealed record GapDto(DateTimeOffset First, DateTimeOffset Last, long Count);

/// <summary>Gap report of one series.</summary>
public sealed record GapReportDto(string Symbol, string Interval, long Missing, IReadOnlyList<GapDto> Gaps);

/// <summary>/api/v1/history: gap reports of stored series.</summary>
internal static class HistoryEndpoints
{
    public static RouteGroupBuilder MapHistory(this RouteGroupBuilder api)
    {
        api.MapGroup("/history")
            .WithTags("History")
            .MapGet("/gaps", GapsAsync)
            .WithName("GetGaps")
            .WithSummary(
                "Missing candles of a stored series on its interval's grid; without from/to, between its first and last candle."
            )
            .Produces<GapReportDto>()
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> GapsAsync(
        string? symbol,
        string? interval,
        string? from,
        string? to,
        IDbContextFactory<TradingDbContext> contexts,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var pair = errors.Symbol("symbol", symbol);
        var step = errors.Interval("interval", interval);
        var start = errors.Time("from", from);
        var end = errors.Time("to", to);
        if (start is { } a && end is { } b && b <= a)
        {
            errors.Add("to", "'to' must be after 'from'.");
        }
        if (errors.Any || pair is null || step is null)
        {
            return errors.ToProblem();
        }
        var gaps = await new GapDetector(contexts)
            .FindInSeriesAsync(pair.Value, step.Value, start, end, ct)
            .ConfigureAwait(false);
        return TypedResults.Ok(
            new GapReportDto(
                pair.Value.Value,
                Core.Domain.Intervals.ToCode(step.Value),
                gaps.Sum(g => g.Count),
                [.. gaps.Select(g => new GapDto(g.First, g.Last, g.Count))]
            )
        );
    }
}
