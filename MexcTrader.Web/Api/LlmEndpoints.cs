using MexcTrader.Core.Decisions.Llm.Health;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Llm.Recording;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/llm: recorded LLM calls, the breakers and the versioned prompt.</summary>
internal static class LlmEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapLlm(this RouteGroupBuilder api)
    {
        var llm = api.MapGroup("/llm").WithTags("LLM");
        llm.MapGet("/calls", ListCallsAsync)
            .WithName("ListLlmCalls")
            .WithSummary(
                "Recorded LLM calls, newest first, filtered by cycle, outcome, model and time; paged by `next`."
            )
            .WithDescription(
                "Times are ISO-8601 UTC or Unix epoch milliseconds; `from` is inclusive, `to` exclusive. limit: 1-500 "
                    + "(default 50). Pass the returned `next` as `before` for the following page."
            )
            .Produces<LlmCallPageDto>()
            .ProducesValidationProblem();
        llm.MapGet("/calls/{id:long}", GetCallAsync)
            .WithName("GetLlmCall")
            .WithSummary("One recorded call with its messages and raw answer; 404 when unknown.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        llm.MapGet("/health", (LlmHealth health) => TypedResults.Ok(LlmHealthDto.From(health.Status)))
            .WithName("GetLlmHealth")
            .WithSummary("The LLM breakers (budget, latency, failure rate) and the day's spend.");
        llm.MapPost(
                "/health/reset",
                (LlmHealth health) =>
                {
                    health.Reset();
                    return TypedResults.Ok(LlmHealthDto.From(health.Status));
                }
            )
            .WithName("ResetLlmBreakers")
            .WithSummary("Closes a tripped breaker so the LLM decides again; the daily budget still applies.");
        llm.MapGet("/prompts/{id}", ListPromptsAsync)
            .WithName("ListPromptVersions")
            .WithSummary("Every version of a prompt, newest (active) first; 404 for an unknown prompt id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        llm.MapPut("/prompts/{id}", SavePromptAsync)
            .WithName("SavePrompt")
            .WithSummary("Saves the text as the prompt's next version, which becomes the active one.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> ListCallsAsync(
        string? cycleId,
        string? outcome,
        string? model,
        string? from,
        string? to,
        string? before,
        string? limit,
        ILlmCallStore calls,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var cycle = errors.Long("cycleId", cycleId);
        var beforeId = errors.Long("before", before);
        var start = errors.Time("from", from);
        var end = errors.Time("to", to);
        var take = errors.Int("limit", limit, DefaultLimit, 1, MaxLimit);
        if (start > end)
        {
            errors.Add("from", "'from' must not be after 'to'.");
        }
        if (errors.Any || take is null)
        {
            return errors.ToProblem();
        }
        var page = await calls
            .QueryAsync(new LlmCallQuery(cycle, Blank(outcome), Blank(model), start, end, beforeId, take.Value), ct)
            .ConfigureAwait(false);
        return TypedResults.Ok(
            new LlmCallPageDto(page.Items.Count, [.. page.Items.Select(LlmCallSummaryDto.From)], page.NextBeforeId)
        );
    }

    private static async Task<IResult> GetCallAsync(long id, ILlmCallStore calls, CancellationToken ct)
    {
        var call = await calls.GetAsync(id, ct).ConfigureAwait(false);
        return call is null
            ? TypedResults.Problem(
                $"No recorded LLM call has id {id}.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Call not found"
            )
            : TypedResults.Ok(LlmCallDto.From(call));
    }

    private static async Task<IResult> ListPromptsAsync(string id, IPromptStore prompts, CancellationToken ct)
    {
        if (PromptFailures.Shipped(id) is null)
        {
            return TypedResults.Problem(
                $"Unknown prompt '{id}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Prompt not found"
            );
        }
        var versions = await prompts.ListVersionsAsync(id, ct).ConfigureAwait(false);
        return TypedResults.Ok(versions.Select(PromptDto.From).ToArray());
    }

    private static async Task<IResult> SavePromptAsync(
        string id,
        SavePromptRequest body,
        IPromptStore prompts,
        CancellationToken ct
    )
    {
        var saved = await prompts.SaveAsync(id, body.Text ?? "", ct).ConfigureAwait(false);
        return saved.IsSuccess
            ? TypedResults.Ok(PromptDto.From(saved.Value))
            : TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [id == DefaultPrompts.DecisionId ? "text" : "id"] = [saved.Failure.Message],
                },
                title: "One or more request fields are invalid."
            );
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
