using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/candles: stored candles in pages, and what the store holds.</summary>
internal static class CandlesEndpoints
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;

    public static RouteGroupBuilder MapCandles(this RouteGroupBuilder api)
    {
        var candles = api.MapGroup("/candles").WithTags("Candles");
        candles
            .MapGet("/", QueryAsync)
            .WithName("QueryCandles")
            .WithSummary("Candles with open time in [from, to), oldest first, paged by the `next` cursor.")
            .WithDescription(
                "Times are ISO-8601 UTC or Unix epoch milliseconds. limit: 1-5000 (default 500). "
                    + "Pass the returned `next` as `cursor` for the following page."
            )
            .Produces<CandlePage>()
            .ProducesValidationProblem();
        candles
            .MapGet("/series", SeriesAsync)
            .WithName("ListCandleSeries")
            .WithSummary("Per symbol and interval: how many candles the store holds, first and last open time.");
        return api;
    }

    private static async Task<IResult> QueryAsync(
        string? symbol,
        string? interval,
        string? from,
        string? to,
        string? limit,
        string? cursor,
        CandleReader reader,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var parsedSymbol = errors.Symbol("symbol", symbol);
        var parsedInterval = errors.Interval("interval", interval);
        var start = errors.Time("from", from) ?? DateTimeOffset.UnixEpoch;
        var requestedEnd = errors.Time("to", to);
        var end = requestedEnd ?? DateTimeOffset.MaxValue;
        var take = errors.Int("limit", limit, DefaultLimit, 1, MaxLimit);
        if (start > end)
        {
            errors.Add("from", "'from' must not be after 'to'.");
        }
        if (cursor is not null)
        {
            if (CandleCursor.TryDecode(cursor, out var next))
            {
                start = next;
            }
            else
            {
                errors.Add(
                    "cursor",
                    "The cursor is not one this API returned; pass the `next` value of a previous page."
                );
            }
        }
        if (errors.Any || parsedSymbol is null || parsedInterval is null || take is null)
        {
            return errors.ToProblem();
        }
        var range = new CandleRange(parsedSymbol.Value, parsedInterval.Value, start, end);
        // one extra row says whether another page exists, and where it starts
        var rows = await reader.ReadAsync(range, take.Value + 1, ct).ConfigureAwait(false);
        var page = rows.Take(take.Value).Select(CandleDto.From).ToArray();
        var nextOpen = rows.Count > take.Value ? rows[take.Value].OpenTime.ToUniversalTime() : (DateTimeOffset?)null;
        return TypedResults.Ok(
            new CandlePage(
                parsedSymbol.Value.Value,
                parsedInterval.Value.ToCode(),
                start.ToUniversalTime(),
                requestedEnd?.ToUniversalTime(),
                page.Length,
                page,
                nextOpen is { } n ? CandleCursor.Encode(n) : null,
                nextOpen
            )
        );
    }

    private static async Task<Ok<SeriesDto[]>> SeriesAsync(CandleReader reader, CancellationToken ct)
    {
        var series = await reader.ListSeriesAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(series.Select(SeriesDto.From).ToArray());
    }
}
