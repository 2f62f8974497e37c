using Bunit;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Risk.Settings.Store;
using MexcTrader.Core.Secrets;
using MexcTrader.Web.Components.Pages.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Components.Pages;

public sealed class SettingsFormsTests
{
    [Fact]
    public async Task RiskForm_InvalidExposure_ShowsTheProblemAndSavesNothingThenValidSaves()
    {
        var (database, ctx) = await DecisionsUi.CreateAsync();
        await using var _ = database;
        await using var __ = ctx;
        var store = ctx.Services.GetRequiredService<RiskSettingsStore>();
        var sut = ctx.Render<RiskSettingsForm>();

        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "risk-max-exposure").Change("1.5"));
        await sut.InvokeAsync(() => sut.Find("[data-testid=risk-save]").Click());

        sut.WaitForAssertion(() =>
            Assert.Contains(
                "Max exposure must be above 0 and at most 1 (is 1.5).",
                sut.Find("[data-testid=risk-problems]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Equal(0.8, store.Current.Portfolio.MaxExposure);

        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "risk-max-exposure").Change("0.6"));
        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "risk-new-pair").Change("solusdt"));
        await sut.InvokeAsync(() => sut.Find("[data-testid=risk-add-override]").Click());
        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "SOLUSDT-fraction").Change("0.02"));
        await sut.InvokeAsync(() => sut.Find("[data-testid=risk-save]").Click());

        sut.WaitForAssertion(() => sut.Find("[data-testid=risk-saved]"));
        Assert.Equal(0.6, store.Current.Portfolio.MaxExposure);
        Assert.Equal(0.02, store.Current.Pairs["SOLUSDT"].Fraction);
        Assert.Equal(0.05, store.Current.Default.Fraction);
    }

    [Fact]
    public async Task EngineForm_EntryBelowExit_NamesTheHysteresisAndKeyIsStoredMasked()
    {
        var (database, ctx) = await DecisionsUi.CreateAsync();
        await using var _ = database;
        await using var __ = ctx;
        var rules = ctx.Services.GetRequiredService<RuleSettingsStore>();
        var sut = ctx.Render<EngineSettingsForm>();

        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "rules-entry").Change("-0.5"));
        await sut.InvokeAsync(() => sut.Find("[data-testid=rules-save]").Click());

        sut.WaitForAssertion(() =>
            Assert.Contains(
                "hysteresis",
                sut.Find("[data-testid=rules-problems]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Equal(0.3, rules.Current.EntryThreshold);

        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "llm-model").Change("local-model"));
        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "llm-key").Change("sk-form-abcdefghijkl-5566"));
        await sut.InvokeAsync(() => sut.Find("[data-testid=llm-save]").Click());

        sut.WaitForAssertion(() => sut.Find("[data-testid=llm-saved]"));
        Assert.Equal("local-model", ctx.Services.GetRequiredService<LlmSettingsStore>().Current.Model);
        var key = await ctx.Services.GetRequiredService<ISecretStore>().GetAsync("llm-api-key", CancellationToken.None);
        Assert.Equal("sk-form-abcdefghijkl-5566", key.Value);
        Assert.Contains("sk-…5566", sut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijkl", sut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromptForm_EmptyIsRefusedAndEditSavesANewActiveVersion()
    {
        var (database, ctx) = await DecisionsUi.CreateAsync();
        await using var _ = database;
        await using var __ = ctx;
        var sut = ctx.Render<PromptSettingsForm>();
        sut.WaitForAssertion(() => DecisionsUi.Input(sut, "prompt-text"));

        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "prompt-text").Input(""));
        await sut.InvokeAsync(() => sut.Find("[data-testid=prompt-save]").Click());

        sut.WaitForAssertion(() =>
            Assert.Contains(
                "The prompt text is empty.",
                sut.Find("[data-testid=prompt-error]").TextContent,
                StringComparison.Ordinal
            )
        );

        await sut.InvokeAsync(() =>
            DecisionsUi.Input(sut, "prompt-text").Input("You are a careful spot trader. Answer in JSON.")
        );
        await sut.InvokeAsync(() => sut.Find("[data-testid=prompt-save]").Click());

        sut.WaitForAssertion(() => sut.Find("[data-testid=prompt-saved]"));
        var active = await ctx
            .Services.GetRequiredService<IPromptStore>()
            .GetActiveAsync(DefaultPrompts.DecisionId, CancellationToken.None);
        Assert.Equal("You are a careful spot trader. Answer in JSON.", active.Text);
        Assert.Contains(active.Label, sut.Find("[data-testid=prompt-saved]").TextContent, StringComparison.Ordinal);
    }
}
