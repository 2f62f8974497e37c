using Bunit;
using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Risk.Settings.Store;
using MexcTrader.Core.Secrets;
using MexcTrader.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MexcTrader.Tests.Web.Components.Pages;

/// <summary>A bUnit context with the journal, settings stores, prompts and an in-memory secret store on SQLite.</summary>
internal static class DecisionsUi
{
    public static async Task<(TestDatabase Database, BunitContext Context)> CreateAsync()
    {
        var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        var ctx = UiTestContext.Create(
            database,
            services: s =>
            {
                s.AddSingleton<JournalNotifications>();
                s.AddSingleton<DecisionJournal>();
                s.AddSingleton<IDecisionJournal>(sp => sp.GetRequiredService<DecisionJournal>());
                s.AddSingleton<IDecisionJournalReader>(sp => sp.GetRequiredService<DecisionJournal>());
                s.AddSingleton<ILlmCallStore, EfLlmCallStore>();
                s.AddSingleton<IPromptStore, EfPromptStore>();
                s.AddSingleton<ISecretStore, InMemorySecretStore>();
                s.AddSingleton(Options.Create(new LlmOptions()));
                s.AddSingleton<RiskSettingsStore>();
                s.AddSingleton(sp => new RuleSettingsStore(
                    database.ContextFactory,
                    TimeProvider.System,
                    new RuleEngineOptions()
                ));
                s.AddSingleton(sp => new LlmSettingsStore(database.ContextFactory, TimeProvider.System, new()));
            }
        );
        return (database, ctx);
    }

    public static AngleSharp.Dom.IElement Input<T>(IRenderedComponent<T> sut, string testId)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        sut.Find(
            $"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}], [data-testid={testId}] textarea"
        );
}
