using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Client;
using MexcTrader.Core.Decisions.Llm.Health;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Web.Hosting.Secrets;

namespace MexcTrader.Web.Hosting;

/// <summary>The LLM decision engine and what it stands on: options, client, recorded calls, prompts, breakers, secrets.
/// The engine pipeline (rule engine as fallback) wires <see cref="LlmDecisionEngine"/> in.</summary>
internal static class LlmRegistration
{
    public static WebApplicationBuilder AddLlmDecisions(this WebApplicationBuilder builder)
    {
        builder.AddSecretStore();
        builder
            .Services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<LlmHealth>();
        builder.Services.AddSingleton<ILlmClient, OpenAiLlmClient>();
        builder.Services.AddSingleton<ILlmCallStore, EfLlmCallStore>();
        builder.Services.AddSingleton<IPromptStore, EfPromptStore>();
        builder.Services.AddSingleton<LlmDecisionEngine>();
        builder.Services.AddSingleton<IStartupSeeder, LlmSpendSeeder>();
        return builder;
    }

    /// <summary>After a restart the day's spend comes back from the recorded calls, so the budget still holds.</summary>
    private sealed class LlmSpendSeeder(LlmHealth health, ILlmCallStore calls) : IStartupSeeder
    {
        public async Task SeedAsync(CancellationToken ct) =>
            health.SeedSpend(await calls.SpentSinceAsync(health.DayStart, ct).ConfigureAwait(false));
    }
}
