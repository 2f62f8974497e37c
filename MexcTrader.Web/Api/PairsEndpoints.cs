using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/pairs: the pairs the trader follows.</summary>
internal static class PairsEndpoints
{
    public static RouteGroupBuilder MapPairs(this RouteGroupBuilder api)
    {
        var pairs = api.MapGroup("/pairs").WithTags("Pairs");
        pairs.MapGet("/", ListAsync).WithName("ListPairs").WithSummary("Lists the configured pairs.");
        pairs
            .MapPost("/", AddAsync)
            .WithName("AddPair")
            .WithSummary(
                "Adds a pair the exchange lets be traded through its API; 400 for an unknown or non-tradable symbol, "
                    + "409 when it is already configured, 503 when the exchange's list cannot be fetched."
            )
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        pairs
            .MapPut("/{symbol}", UpdateAsync)
            .WithName("UpdatePair")
            .WithSummary("Changes a pair's enabled flag and/or intervals; 404 when unknown.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        pairs
            .MapDelete("/{symbol}", RemoveAsync)
            .WithName("RemovePair")
            .WithSummary(
                "Stops following a pair (its agent settings go too; candles and signals stay); 404 when unknown."
            )
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        pairs.MapPairAgents();
        return api;
    }

    private static async Task<Ok<PairDto[]>> ListAsync(TradingPairService service, CancellationToken ct)
    {
        var pairs = await service.ListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(pairs.Select(PairDto.From).ToArray());
    }

    private static async Task<IResult> AddAsync(AddPairRequest body, TradingPairService service, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var symbol = errors.Symbol("symbol", body.Symbol);
        var intervals = errors.IntervalList("intervals", body.Intervals) ?? [Interval.OneHour];
        if (errors.Any || symbol is null)
        {
            return errors.ToProblem();
        }
        var added = await service
            .AddAsync(new TradingPairDraft(symbol.Value, body.Enabled ?? true, intervals), ct)
            .ConfigureAwait(false);
        return added.IsSuccess
            ? TypedResults.Created($"/api/v1/pairs/{symbol}", PairDto.From(added.Value))
            : ToProblem(added.Failure);
    }

    private static async Task<IResult> UpdateAsync(
        string symbol,
        UpdatePairRequest body,
        TradingPairService service,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var parsed = errors.Symbol("symbol", symbol);
        var intervals = errors.IntervalList("intervals", body.Intervals);
        if (errors.Any || parsed is null)
        {
            return errors.ToProblem();
        }
        var updated = await service.UpdateAsync(parsed.Value, body.Enabled, intervals, ct).ConfigureAwait(false);
        return updated.IsSuccess ? TypedResults.Ok(PairDto.From(updated.Value)) : ToProblem(updated.Failure);
    }

    private static async Task<IResult> RemoveAsync(string symbol, TradingPairService service, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = errors.Symbol("symbol", symbol);
        if (errors.Any || parsed is null)
        {
            return errors.ToProblem();
        }
        var removed = await service.RemoveAsync(parsed.Value, ct).ConfigureAwait(false);
        return removed.IsSuccess ? TypedResults.NoContent() : ToProblem(removed.Failure);
    }

    internal static IResult ToProblem(Failure failure) =>
        failure.Code switch
        {
            TradingPairFailures.NotFound => TypedResults.Problem(
                failure.Message,
                statusCode: StatusCodes.Status404NotFound,
                title: "Pair not found"
            ),
            TradingPairFailures.AlreadyExists => TypedResults.Problem(
                failure.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: "Pair already exists"
            ),
            TradingPairFailures.UnknownSymbol or TradingPairFailures.NotTradable => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["symbol"] = [failure.Message] },
                title: "One or more request fields are invalid."
            ),
            TradingPairFailures.TradableListUnavailable => TypedResults.Problem(
                failure.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Exchange unavailable"
            ),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["intervals"] = [failure.Message] },
                title: "One or more request fields are invalid."
            ),
        };
}
