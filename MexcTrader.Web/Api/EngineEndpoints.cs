using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Web.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MexcTrader.Web.Api;

/// <summary>
/// /api/v1/engine: the engine's status, start / pause / stop globally and per pair, and the kill switch; /orders and
/// /positions: the execution layer's orders (list, cancel) and positions.
/// </summary>
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
        var orders = api.MapGroup("/orders").WithTags("Orders");
        orders
            .MapGet("/", ListOrdersAsync)
            .WithName("ListOrders")
            .WithSummary("Our orders, newest first (all states), optionally of one symbol; limit 1..1000 (100).")
            .ProducesValidationProblem();
        orders
            .MapPost("/{clientOrderId}/cancel", CancelOrderAsync)
            .WithName("CancelOrder")
            .WithSummary("Cancels one of the running engine's open orders by its client order id.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet(
                "/positions",
                (EngineExecution execution, EngineControl control) =>
                    TypedResults.Ok(execution.Current?.View() ?? control.Status.Portfolio)
            )
            .WithTags("Orders")
            .WithName("GetPositions")
            .WithSummary("Cash, equity, PnL and open positions (from fills), marked at the latest closed candles.");
        return api;
    }

    private static async Task<IResult> ListOrdersAsync(
        IExecutionStore store,
        string? symbol,
        int? limit,
        CancellationToken ct
    )
    {
        Symbol? parsed = null;
        if (symbol is not null)
        {
            if (!Symbol.TryParse(symbol, out var s))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["symbol"] = [$"'{symbol}' is not a symbol such as BTCUSDT."] }
                );
            }
            parsed = s;
        }
        if (limit is < 1 or > 1000)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [$"limit must be 1..1000, not {limit}."] }
            );
        }
        return TypedResults.Ok(await store.OrdersAsync(parsed, limit ?? 100, ct).ConfigureAwait(false));
    }

    private static async Task<IResult> CancelOrderAsync(
        string clientOrderId,
        EngineExecution execution,
        CancellationToken ct
    )
    {
        if (execution.Current is not { } current)
        {
            return TypedResults.Problem(
                "The engine is not running: start it to cancel its orders.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Engine not running"
            );
        }
        if (current.Orders.Find(clientOrderId) is not { } order)
        {
            return TypedResults.Problem(
                $"The running engine has no order '{clientOrderId}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown order"
            );
        }
        if (!order.IsOpen)
        {
            return TypedResults.Problem(
                $"Order '{clientOrderId}' is already {order.Status}.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Order not open"
            );
        }
        var cancelled = await current.Orders.CancelAsync(clientOrderId, ct).ConfigureAwait(false);
        return cancelled.IsSuccess
            ? TypedResults.Ok(cancelled.Value)
            : TypedResults.Problem(
                cancelled.Failure.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: "Cancel refused"
            );
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
