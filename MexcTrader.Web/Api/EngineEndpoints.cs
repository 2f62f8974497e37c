using MexcTrader.Core.Domain;
using MexcTrader.Web.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/engine: the engine's status, start / pause / stop globally and per pair, and the kill switch.</summary>
internal static class EngineEndpoints
{
    public static RouteGroupBuilder MapEngine(this RouteGroupBuilder api)
    {
        var engine = api.MapGroup("/engine").WithTags("Engine");
        engine
            .MapGet("/", (EngineControl control) => TypedResults.Ok(control.Status))
            .WithName("GetEngine")
            .WithSummary(
                "Mode, state, trading state, breakers, counters, portfolio, per-pair state and latest decisions."
            );
        engine
            .MapPost("/{action}", Global)
            .WithName("SteerEngine")
            .WithSummary(
                "start | pause | stop the whole engine, kill (kill switch: HALTED) or release (kill switch off). "
                    + "Answers 202 with the status; the change shows in GET /engine shortly after."
            )
            .ProducesProblem(StatusCodes.Status404NotFound);
        engine
            .MapPost("/pairs/{symbol}/{action}", Pair)
            .WithName("SteerEnginePair")
            .WithSummary("start | pause | stop one pair (paused: candles stored, no signals or decisions).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IResult Global(string action, EngineControl control)
    {
        switch (action.ToUpperInvariant())
        {
            case "START":
                control.Start();
                break;
            case "PAUSE":
                control.Pause();
                break;
            case "STOP":
                control.Stop();
                break;
            case "KILL":
                control.Kill("kill switch pressed through the API");
                break;
            case "RELEASE":
                control.ReleaseKillSwitch("kill switch released through the API");
                break;
            default:
                return UnknownAction(action, "start, pause, stop, kill, release");
        }
        return TypedResults.Accepted((string?)null, control.Status);
    }

    private static IResult Pair(string symbol, string action, EngineControl control)
    {
        if (!Symbol.TryParse(symbol, out var parsed))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["symbol"] = [$"'{symbol}' is not a symbol such as BTCUSDT."] }
            );
        }
        EngineRunState? state = action.ToUpperInvariant() switch
        {
            "START" => EngineRunState.Running,
            "PAUSE" => EngineRunState.Paused,
            "STOP" => EngineRunState.Stopped,
            _ => null,
        };
        if (state is null)
        {
            return UnknownAction(action, "start, pause, stop");
        }
        var set = control.SetPair(parsed.Value, state.Value);
        return set.IsSuccess
            ? TypedResults.Ok(set.Value)
            : TypedResults.Problem(
                set.Failure.Message,
                statusCode: StatusCodes.Status404NotFound,
                title: "Pair not in the engine"
            );
    }

    private static ProblemHttpResult UnknownAction(string action, string known) =>
        TypedResults.Problem(
            $"Unknown engine action '{action}'. Known: {known}.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown action"
        );
}
