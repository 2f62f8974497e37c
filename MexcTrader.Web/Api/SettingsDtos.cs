using MexcTrader.Core.Risk.Settings.Store;

namespace MexcTrader.Web.Api;

/// <summary>The LLM engine settings with the API key shown masked (null when none is stored).</summary>
public sealed record LlmSettingsDto(LlmEngineSettings Settings, string ApiKeySecretName, string? ApiKeyMasked);

/// <summary>Body of PUT /settings/llm: the settings, and a new API key when one is given (stored encrypted).</summary>
public sealed record LlmSettingsRequest(LlmEngineSettings? Settings, string? ApiKey);

internal static class SettingsProblems
{
    public static IResult ToProblem(IReadOnlyList<SettingsProblem> problems, string prefix = "")
    {
        var errors = new FieldErrors();
        foreach (var problem in problems)
        {
            errors.Add(prefix + problem.Field, problem.Message);
        }
        return errors.ToProblem();
    }

    public static IResult MissingBody() =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["body"] = ["A JSON body with the settings is required."] },
            title: "One or more request fields are invalid."
        );
}
