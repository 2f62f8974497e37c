using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Risk.Settings.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Hosting;

/// <summary>The decision journal (timeline, risk events) and the form-edited settings stores (risk, rules, LLM).</summary>
internal static class DecisionsRegistration
{
    public static WebApplicationBuilder AddDecisionJournal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<JournalNotifications>();
        services.AddSingleton<DecisionJournal>();
        services.AddSingleton<IDecisionJournal>(sp => sp.GetRequiredService<DecisionJournal>());
        services.AddSingleton<IDecisionJournalReader>(sp => sp.GetRequiredService<DecisionJournal>());
        services.AddOptions<RuleEngineOptions>().BindConfiguration(RuleEngineOptions.SectionName);
        services.AddSingleton<RiskSettingsStore>();
        services.AddSingleton(sp => new RuleSettingsStore(
            sp.GetRequiredService<IDbContextFactory<TradingDbContext>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<RuleEngineOptions>>().Value
        ));
        services.AddSingleton(sp => new LlmSettingsStore(
            sp.GetRequiredService<IDbContextFactory<TradingDbContext>>(),
            sp.GetRequiredService<TimeProvider>(),
            LlmEngineSettings.From(sp.GetRequiredService<IOptions<LlmOptions>>().Value)
        ));
        services.AddSingleton<IStartupSeeder, SettingsLoader>();
        return builder;
    }

    /// <summary>Saved settings replace the configured defaults before the engine starts.</summary>
    private sealed class SettingsLoader(RiskSettingsStore risk, RuleSettingsStore rules, LlmSettingsStore llm)
        : IStartupSeeder
    {
        public async Task SeedAsync(CancellationToken ct)
        {
            await risk.LoadAsync(ct).ConfigureAwait(false);
            await rules.LoadAsync(ct).ConfigureAwait(false);
            await llm.LoadAsync(ct).ConfigureAwait(false);
        }
    }
}
