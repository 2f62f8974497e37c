using MexcTrader.Core.Signals.Storage;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/signals: stored signals, each agent's accuracy, and agent faults.</summary>
internal static class SignalsEndpoints
{
    private const int MaxAgentIdLength = 64;

    public static RouteGroupBuilder MapSignals(this RouteGroupBuilder api)
    {
        var signals = api.MapGroup("/signals").WithTags("Signals");
        signals
            .MapGet("/", QueryAsync)
            .WithName("ListSignals")
            .WithSummary("Stored signals, newest first, filtered by pair, agent and time range [from, to), paged.")
            .Produces<SignalPageDto>()
            .ProducesValidationProblem();
        signals
            .MapGet("/accuracy", AccuracyAsync)
            .WithName("GetSignalAccuracy")
            .WithSummary("Each agent's accuracy per pair and overall (symbol null), from scored signals.")
            .Produces<AgentAccuracyDto[]>()
            .ProducesValidationProblem();
        signals
            .MapGet("/faults", FaultsAsync)
            .WithName("ListAgentFaults")
            .WithSummary("The newest agent faults (errors, timeouts, invalid signals).")
            .Produces<AgentFaultDto[]>()
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> QueryAsync(
        string? symbol,
        string? agent,
        string? from,
        string? to,
        string? page,
        string? pageSize,
        SignalStore store,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var pair = string.IsNullOrWhiteSpace(symbol) ? null : errors.Symbol("symbol", symbol);
        var agentId = Agent(errors, agent);
        var start = errors.Time("from", from);
        var end = errors.Time("to", to);
        if (start is { } a && end is { } b && b <= a)
        {
            errors.Add("to", "'to' must be after 'from'.");
        }
        var number = errors.Int("page", page, 1, 1, 1_000_000);
        var size = errors.Int("pageSize", pageSize, SignalQuery.DefaultPageSize, 1, SignalQuery.MaxPageSize);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await store
            .QueryAsync(new SignalQuery(pair, agentId, start, end, number!.Value, size!.Value), ct)
            .ConfigureAwait(false);
        return TypedResults.Ok(SignalPageDto.From(result));
    }

    private static async Task<IResult> AccuracyAsync(
        string? symbol,
        string? agent,
        SignalStore store,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var pair = string.IsNullOrWhiteSpace(symbol) ? null : errors.Symbol("symbol", symbol);
        var agentId = Agent(errors, agent);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var accuracy = await store.AccuracyAsync(pair, agentId, ct).ConfigureAwait(false);
        return TypedResults.Ok(accuracy.Select(AgentAccuracyDto.From).ToArray());
    }

    private static async Task<IResult> FaultsAsync(
        string? symbol,
        string? agent,
        string? limit,
        SignalStore store,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var pair = string.IsNullOrWhiteSpace(symbol) ? null : errors.Symbol("symbol", symbol);
        var agentId = Agent(errors, agent);
        var count = errors.Int("limit", limit, 50, 1, SignalQuery.MaxPageSize);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var faults = await store.RecentFaultsAsync(pair, agentId, count!.Value, ct).ConfigureAwait(false);
        return TypedResults.Ok(faults.Select(AgentFaultDto.From).ToArray());
    }

    private static string? Agent(FieldErrors errors, string? agent)
    {
        if (string.IsNullOrWhiteSpace(agent))
        {
            return null;
        }
        if (agent.Trim().Length > MaxAgentIdLength)
        {
            errors.Add("agent", $"An agent id has at most {MaxAgentIdLength} characters.");
            return null;
        }
        return agent.Trim();
    }
}
