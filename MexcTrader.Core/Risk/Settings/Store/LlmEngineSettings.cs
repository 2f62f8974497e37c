using MexcTrader.Core.Decisions.Llm;

namespace MexcTrader.Core.Risk.Settings.Store;

/// <summary>The LLM engine settings a trader edits; the rest of <see cref="LlmOptions"/> stays in configuration.
/// The API key is not here: it goes to the secret store under <see cref="LlmOptions.ApiKeySecretName"/>.</summary>
public sealed record LlmEngineSettings
{
    public bool Enabled { get; init; }
    public LlmProvider Provider { get; init; } = LlmProvider.OpenAICompatible;
    public Uri? Endpoint { get; init; }
    public string Model { get; init; } = "gpt-4o-mini";
    public double Temperature { get; init; }
    public int MaxOutputTokens { get; init; } = 2_000;
    public int TimeoutSeconds { get; init; } = 30;
    public decimal DailyBudgetUsd { get; init; } = 5m;
    public double TriggerThreshold { get; init; } = 0.3;

    public static LlmEngineSettings From(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LlmEngineSettings
        {
            Enabled = options.Enabled,
            Provider = options.Provider,
            Endpoint = options.Endpoint,
            Model = options.Model,
            Temperature = options.Temperature,
            MaxOutputTokens = options.MaxOutputTokens,
            TimeoutSeconds = (int)options.Timeout.TotalSeconds,
            DailyBudgetUsd = options.DailyBudgetUsd,
            TriggerThreshold = options.TriggerThreshold,
        };
    }

    /// <summary>Writes these settings over the edited fields of <paramref name="options"/>.</summary>
    public void ApplyTo(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Enabled = Enabled;
        options.Provider = Provider;
        options.Endpoint = Endpoint;
        options.Model = Model;
        options.Temperature = Temperature;
        options.MaxOutputTokens = MaxOutputTokens;
        options.Timeout = TimeSpan.FromSeconds(TimeoutSeconds);
        options.DailyBudgetUsd = DailyBudgetUsd;
        options.TriggerThreshold = TriggerThreshold;
    }

    public IReadOnlyList<SettingsProblem> Validate()
    {
        var problems = new List<SettingsProblem>();
        if (!Enum.IsDefined(Provider))
        {
            problems.Add(new("provider", $"Provider {Provider} is unknown: use AzureOpenAI or OpenAICompatible."));
        }
        if (Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            problems.Add(
                new("endpoint", "Endpoint must be an absolute http(s) URL, such as https://api.openai.com/v1.")
            );
        }
        else if (Enabled && Endpoint is null)
        {
            problems.Add(new("endpoint", "Endpoint is required when the LLM is enabled."));
        }
        if (string.IsNullOrWhiteSpace(Model) || Model.Length > 100)
        {
            problems.Add(new("model", "Model (or Azure deployment) name is required, at most 100 characters."));
        }
        if (!(Temperature is >= 0 and <= 2))
        {
            problems.Add(new("temperature", $"Temperature must be between 0 and 2 (is {Temperature})."));
        }
        if (MaxOutputTokens is < 64 or > 32_768)
        {
            problems.Add(new("maxOutputTokens", $"Max output tokens must be from 64 to 32768 (is {MaxOutputTokens})."));
        }
        if (TimeoutSeconds is < 1 or > 600)
        {
            problems.Add(new("timeoutSeconds", $"Timeout must be from 1 to 600 seconds (is {TimeoutSeconds})."));
        }
        if (DailyBudgetUsd is < 0 or > 100_000)
        {
            problems.Add(new("dailyBudgetUsd", $"Daily budget must be from 0 to 100000 USD (is {DailyBudgetUsd})."));
        }
        if (!(TriggerThreshold is >= 0 and <= 1))
        {
            problems.Add(
                new("triggerThreshold", $"Trigger threshold must be between 0 and 1 (is {TriggerThreshold}).")
            );
        }
        return problems;
    }
}
