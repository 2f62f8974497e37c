using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Core.Decisions.Llm;

/// <summary>The LLM decision engine's settings (section "Llm"). The API key is not here: it lives in the secret store.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    public bool Enabled { get; set; }

    public LlmProvider Provider { get; set; } = LlmProvider.OpenAICompatible;

    /// <summary>Azure: https://RESOURCE.openai.azure.com/; OpenAI-compatible: the base including /v1.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model name (OpenAI-compatible) or deployment name (Azure).</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>Name of the API key in the encrypted secret store; empty for a local server that needs no key.</summary>
    [StringLength(64)]
    public string ApiKeySecretName { get; set; } = "llm-api-key";

    [Range(0.0, 2.0)]
    public double Temperature { get; set; }

    [Range(64, 32_768)]
    public int MaxOutputTokens { get; set; } = 2_000;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>0 or 1: how many times a malformed, truncated, timed-out or transiently failed call is retried.</summary>
    [Range(0, 1)]
    public int MaxRetries { get; set; } = 1;

    [Range(0, 100_000)]
    public decimal DailyBudgetUsd { get; set; } = 5m;

    public LlmCallMode Mode { get; set; } = LlmCallMode.Live;

    /// <summary>Backtests: symbols become ASSET_1..n and dates relative, so the model cannot recall the period.</summary>
    public bool MaskPrompts { get; set; }

    /// <summary>The model is consulted only when some pair's |score| × confidence reaches this.</summary>
    [Range(0.0, 1.0)]
    public double TriggerThreshold { get; set; } = 0.3;

    /// <summary>…or when an open position has a signal against it with score × confidence at or below minus this.</summary>
    [Range(0.0, 1.0)]
    public double ExitTriggerThreshold { get; set; } = 0.1;

    /// <summary>Price and training cutoff per model name; the configured <see cref="Model"/> must be listed.</summary>
    public Dictionary<string, LlmModelProfile> Models { get; set; } = new(StringComparer.Ordinal);

    public LlmBreakerOptions Breakers { get; set; } = new();

    /// <summary>The configured model's profile; an unlisted model is priced at 0 (validation refuses it when enabled).</summary>
    public LlmModelProfile Profile => Models.TryGetValue(Model, out var profile) ? profile : new LlmModelProfile();

    private static IEnumerable<ValidationResult> Nested(string path, object section)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"{path}: {r.ErrorMessage}"));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && Endpoint is null)
        {
            yield return new ValidationResult("Llm:Endpoint is required when the LLM is enabled.", [nameof(Endpoint)]);
        }
        if (Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Llm:Endpoint must be an absolute http(s) URL.", [nameof(Endpoint)]);
        }
        if (Enabled && !Models.ContainsKey(Model))
        {
            yield return new ValidationResult(
                $"Llm:Models has no entry for '{Model}': give its InputPricePer1K and OutputPricePer1K (0 for a local "
                    + "model) so the budget can be kept.",
                [nameof(Models)]
            );
        }
        foreach (var result in Nested("Llm:Breakers", Breakers))
        {
            yield return result;
        }
        foreach (var (name, profile) in Models)
        {
            foreach (var result in Nested($"Llm:Models:{name}", profile))
            {
                yield return result;
            }
        }
    }
}
