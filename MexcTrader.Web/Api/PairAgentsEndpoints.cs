using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals.Storage;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/pairs/{symbol}/agents: each agent's settings for a pair, validated by the agent's own factory.</summary>
internal static class PairAgentsEndpoints
{
    public static RouteGroupBuilder MapPairAgents(this RouteGroupBuilder pairs)
    {
        pairs
            .MapGet("/{symbol}/agents", ListAsync)
            .WithName("ListPairAgents")
            .WithSummary("Every agent's settings for a pair, with the parameters it accepts; 404 for an unknown pair.")
            .Produces<PairAgentDto[]>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        pairs
            .MapGet("/{symbol}/agents/{agentId}", GetAsync)
            .WithName("GetPairAgent")
            .WithSummary("One agent's settings for a pair; 404 for an unknown pair or agent.")
            .Produces<PairAgentDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        pairs
            .MapPut("/{symbol}/agents/{agentId}", UpdateAsync)
            .WithName("UpdatePairAgent")
            .WithSummary(
                "Enables or disables an agent for a pair and/or replaces its parameters; a bad parameter is a "
                    + "field error named parameters.NAME."
            )
            .Produces<PairAgentDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return pairs;
    }

    private static async Task<IResult> ListAsync(string symbol, AgentSettingsService service, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (errors.Symbol("symbol", symbol) is not { } pair)
        {
            return errors.ToProblem();
        }
        var agents = await service.ListAsync(pair, ct).ConfigureAwait(false);
        return agents.IsSuccess
            ? TypedResults.Ok(agents.Value.Select(PairAgentDto.From).ToArray())
            : ToProblem(agents.Failure);
    }

    private static async Task<IResult> GetAsync(
        string symbol,
        string agentId,
        AgentSettingsService service,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        if (errors.Symbol("symbol", symbol) is not { } pair)
        {
            return errors.ToProblem();
        }
        var agent = await service.GetAsync(pair, agentId, ct).ConfigureAwait(false);
        return agent.IsSuccess ? TypedResults.Ok(PairAgentDto.From(agent.Value)) : ToProblem(agent.Failure);
    }

    private static async Task<IResult> UpdateAsync(
        string symbol,
        string agentId,
        UpdatePairAgentRequest body,
        AgentSettingsService service,
        CancellationToken ct
    )
    {
        var errors = new FieldErrors();
        var pair = errors.Symbol("symbol", symbol);
        var parameters = body.Parameters is null ? null : Texts(body.Parameters, errors);
        if (pair is null)
        {
            return errors.ToProblem();
        }
        if (parameters is not null)
        {
            var check = service.Check(pair.Value, agentId, parameters);
            if (!check.IsSuccess)
            {
                return ToProblem(check.Failure);
            }
            foreach (var (name, message) in check.Value)
            {
                errors.Add(name.Length == 0 ? "parameters" : $"parameters.{name}", message);
            }
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var saved = await service.SaveAsync(pair.Value, agentId, body.Enabled, parameters, ct).ConfigureAwait(false);
        return saved.IsSuccess ? TypedResults.Ok(PairAgentDto.From(saved.Value)) : ToProblem(saved.Failure);
    }

    private static Dictionary<string, string> Texts(IReadOnlyDictionary<string, JsonNode?> values, FieldErrors errors)
    {
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in values)
        {
            var text = node?.GetValueKind() switch
            {
                JsonValueKind.String => node.GetValue<string>(),
                JsonValueKind.Number => node.GetValue<double>().ToString(CultureInfo.InvariantCulture),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null or null => "",
                _ => null,
            };
            if (text is null)
            {
                errors.Add($"parameters.{name}", "Give a number, true/false or text.");
            }
            else
            {
                texts[name] = text;
            }
        }
        return texts;
    }

    private static IResult ToProblem(Failure failure) =>
        failure.Code switch
        {
            AgentSettingsFailures.UnknownAgent => TypedResults.Problem(
                failure.Message,
                statusCode: StatusCodes.Status404NotFound,
                title: "Agent not found"
            ),
            AgentSettingsFailures.BadParameters => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["parameters"] = [failure.Message] },
                title: "One or more request fields are invalid."
            ),
            _ => PairsEndpoints.ToProblem(failure),
        };
}
