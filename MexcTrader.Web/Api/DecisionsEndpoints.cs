using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Risk;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/decisions and /api/v1/risk/events: the decision journal read back.</summary>
internal static class DecisionsEndpoints
{
    public const int DefaultPageSize = 20;

    public static RouteGroupBuilder MapDecisions(this RouteGroupBuilder api)
    {
        var decisions = api.MapGroup("/decisions").WithTags("Decisions");
        decisions
            .MapGet("/", ListAsync)
            .WithName("ListDecisionCycles")
            .WithSummary("Recorded decision cycles, newest first, with their decisions and risk verdicts.")
            .WithDescription(
                "Filters: symbol (a cycle with a decision for the pair), engine, outcome (Approved, Resized, "
                    + "Rejected: a cycle with such a verdict), from (inclusive) and to (exclusive) as ISO-8601 UTC or "
                    + $"Unix epoch milliseconds. Paging: page (from 0) and pageSize (1-{DecisionJournal.MaxPageSize})."
            )
            .Produces<JournalPage>()
            .ProducesValidationProblem();
        decisions
            .MapGet("/{cycleId:long}", GetAsync)
            .WithName("GetDecisionCycle")
            .WithSummary(
                "One recorded cycle: snapshot summary, decisions, verdicts, rejections and notes; 404 when unknown."
            )
            .Produces<JournalCycle>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/risk/events", RiskEventsAsync)
            .WithTags("Risk")
            .WithName("ListRiskEvents")
            .WithSummary("Breaker trips and resets and trading-state changes, newest first.")
            .Produces<JournalRiskEvent[]>()
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> ListAsync(
        string? symbol,
        string? engine,
        string? outcome,
        string? from,
        string? to,
        string? page,
        string? pageSize,
        IDecisionJournalReader journal,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var pair = string.IsNullOrWhiteSpace(symbol) ? null : errors.Symbol("symbol", symbol);
        RiskOutcome? verdict = null;
        if (!string.IsNullOrWhiteSpace(outcome))
        {
            if (Enum.TryParse<RiskOutcome>(outcome, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                verdict = parsed;
            }
            else
            {
                errors.Add("outcome", $"Unknown outcome '{outcome}': use Approved, Resized or Rejected.");
            }
        }
        var start = errors.Time("from", from);
        var end = errors.Time("to", to);
        var number = errors.Int("page", page, 0, 0, 100_000);
        var size = errors.Int("pageSize", pageSize, DefaultPageSize, 1, DecisionJournal.MaxPageSize);
        if (start > end)
        {
            errors.Add("from", "'from' must not be after 'to'.");
        }
        if (errors.Any || number is null || size is null)
        {
            return errors.ToProblem();
        }
        var engineId = string.IsNullOrWhiteSpace(engine) ? null : engine.Trim();
        var result = await journal
            .QueryAsync(new JournalQuery(pair?.Value, engineId, start, end, verdict, number.Value, size.Value), ct)
            .ConfigureAwait(false);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> GetAsync(long cycleId, IDecisionJournalReader journal, CancellationToken ct)
    {
        var cycle = await journal.GetCycleAsync(cycleId, ct).ConfigureAwait(false);
        return cycle is null
            ? TypedResults.Problem(
                $"No decision cycle {cycleId} is recorded.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Cycle not found"
            )
            : TypedResults.Ok(cycle);
    }

    private static async Task<IResult> RiskEventsAsync(
        string? from,
        string? to,
        string? breaker,
        string? limit,
        IDecisionJournalReader journal,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var start = errors.Time("from", from);
        var end = errors.Time("to", to);
        var take = errors.Int("limit", limit, 100, 1, 1000);
        if (errors.Any || take is null)
        {
            return errors.ToProblem();
        }
        var name = string.IsNullOrWhiteSpace(breaker) ? null : breaker.Trim();
        var events = await journal
            .RiskEventsAsync(new RiskEventQuery(start, end, name, take.Value), ct)
            .ConfigureAwait(false);
        return TypedResults.Ok(events.ToArray());
    }
}
