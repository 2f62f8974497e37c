using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Risk.Settings.Store;
using MexcTrader.Core.Secrets;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Api;

/// <summary>/api/v1/settings: the rule engine and LLM engine settings, and (with the risk routes) the settings group.</summary>
internal static class EngineSettingsEndpoints
{
    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/settings").WithTags("Settings");
        settings.MapRiskSettings();
        settings
            .MapGet("/rules", (RuleSettingsStore store) => TypedResults.Ok(store.Current))
            .WithName("GetRuleEngineSettings")
            .WithSummary("The rule engine's agent weights, thresholds and hysteresis in force.");
        settings
            .MapPut(
                "/rules",
                async (RuleEngineOptions? body, RuleSettingsStore store, CancellationToken ct) =>
                    body is null
                        ? SettingsProblems.MissingBody()
                        : await RiskSettingsEndpoints.SaveAsync(store, body, ct).ConfigureAwait(false)
            )
            .WithName("SaveRuleEngineSettings")
            .WithSummary("Replaces the rule engine settings; the engine takes them from its next cycle.")
            .Produces<RuleEngineOptions>()
            .ProducesValidationProblem();
        settings
            .MapGet("/llm", GetLlmAsync)
            .WithName("GetLlmSettings")
            .WithSummary("The LLM engine settings and the API key, masked.")
            .Produces<LlmSettingsDto>();
        settings
            .MapPut("/llm", PutLlmAsync)
            .WithName("SaveLlmSettings")
            .WithSummary("Replaces the LLM engine settings; a given apiKey is stored encrypted and never shown back.")
            .Produces<LlmSettingsDto>()
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> GetLlmAsync(
        LlmSettingsStore store,
        ISecretStore secrets,
        IOptions<LlmOptions> options,
        CancellationToken ct
    ) => TypedResults.Ok(await DtoAsync(store.Current, secrets, options.Value, ct).ConfigureAwait(false));

    private static async Task<IResult> PutLlmAsync(
        LlmSettingsRequest? body,
        LlmSettingsStore store,
        ISecretStore secrets,
        IOptions<LlmOptions> options,
        CancellationToken ct
    )
    {
        if (body?.Settings is not { } settings)
        {
            return SettingsProblems.MissingBody();
        }
        var problems = store.Validate(settings);
        var errors = new FieldErrors();
        foreach (var problem in problems)
        {
            errors.Add($"settings.{problem.Field}", problem.Message);
        }
        if (body.ApiKey is { } key && string.IsNullOrWhiteSpace(key))
        {
            errors.Add("apiKey", "The API key is empty: leave it out to keep the stored key.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (body.ApiKey is { } newKey)
        {
            var stored = await secrets
                .SetAsync(options.Value.ApiKeySecretName, newKey.Trim(), ct)
                .ConfigureAwait(false);
            if (!stored.IsSuccess)
            {
                errors.Add("apiKey", stored.Failure.Message);
                return errors.ToProblem();
            }
        }
        var saved = await store.SaveAsync(settings, ct).ConfigureAwait(false);
        return TypedResults.Ok(await DtoAsync(saved.Value, secrets, options.Value, ct).ConfigureAwait(false));
    }

    private static async Task<LlmSettingsDto> DtoAsync(
        LlmEngineSettings settings,
        ISecretStore secrets,
        LlmOptions options,
        CancellationToken ct
    )
    {
        var name = options.ApiKeySecretName;
        var masked = (await secrets.ListAsync(ct).ConfigureAwait(false)).FirstOrDefault(s => s.Name == name)?.Masked;
        return new LlmSettingsDto(settings, name, masked);
    }
}
