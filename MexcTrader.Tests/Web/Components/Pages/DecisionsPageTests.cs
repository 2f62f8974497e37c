using Bunit;
using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Components.Pages.Decisions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MexcTrader.Tests.Web.Components.Pages;

public sealed class DecisionsPageTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_RecordedFallbackCycle_ShowsReasoningVerdictsRejectionsAndFallback()
    {
        var (database, ctx) = await DecisionsUi.CreateAsync();
        await using var _ = database;
        await using var __ = ctx;
        var (snapshot, outcome) = JournalKit.Cycle(T0, JournalKit.RuleEngine);
        await ctx
            .Services.GetRequiredService<IDecisionJournal>()
            .RecordAsync(snapshot, outcome, CancellationToken.None);

        var sut = ctx.Render<DecisionsPage>();

        sut.WaitForAssertion(() => sut.Find($"[data-testid=cycle-{snapshot.CycleId}]"));
        var eth = sut.Find("[data-testid=decision-ETHUSDT]").TextContent;
        Assert.Contains("ETH momentum faded", eth, StringComparison.Ordinal);
        Assert.Contains("Rejected", eth, StringComparison.Ordinal);
        Assert.Contains("max-exposure: 0.85 / 0.8", eth, StringComparison.Ordinal);
        Assert.Contains("not HOLD: momentum is strong enough to act", eth, StringComparison.Ordinal);
        Assert.Contains("Approved", sut.Find("[data-testid=decision-BTCUSDT]").TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "llm.out-of-range",
            sut.Find("[data-testid=cycle-rejection]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "engine.fallback: rules decides",
            sut.Find("[data-testid=cycle-note]").TextContent,
            StringComparison.Ordinal
        );
        Assert.NotNull(sut.Find("[data-testid=cycle-fallback]"));
        Assert.Empty(sut.FindAll("[data-testid=show-call]"));
    }

    [Fact]
    public async Task PairFilter_ForAPairWithNoDecisions_ShowsNothingAndNewCyclesArriveLive()
    {
        var (database, ctx) = await DecisionsUi.CreateAsync();
        await using var _ = database;
        await using var __ = ctx;
        var journal = ctx.Services.GetRequiredService<IDecisionJournal>();
        var (s1, c1) = JournalKit.Cycle(T0);
        await journal.RecordAsync(s1, c1, CancellationToken.None);
        var sut = ctx.Render<DecisionsPage>();
        sut.WaitForAssertion(() => Assert.Contains("1 cycle(s)", sut.Markup, StringComparison.Ordinal));

        var (s2, c2) = JournalKit.Cycle(T0.AddHours(1));
        await journal.RecordAsync(s2, c2, CancellationToken.None);
        sut.WaitForAssertion(() => Assert.Contains("2 cycle(s)", sut.Markup, StringComparison.Ordinal));

        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "filter-pair").Change("XRPUSDT"));
        sut.WaitForAssertion(() => sut.Find("[data-testid=decisions-empty]"));
        await sut.InvokeAsync(() => DecisionsUi.Input(sut, "filter-pair").Change("btcusdt"));
        sut.WaitForAssertion(() => Assert.Contains("2 cycle(s)", sut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShowCall_OnAnLlmCycle_OpensTheRecordedPromptAndResponse()
    {
        var (database, ctx) = await DecisionsUi.CreateAsync();
        await using var _ = database;
        await using var __ = ctx;
        var (snapshot, outcome) = JournalKit.Cycle(T0);
        await ctx
            .Services.GetRequiredService<ILlmCallStore>()
            .AddAsync(
                new LlmCallRecord
                {
                    CycleId = snapshot.CycleId,
                    Attempt = 1,
                    CreatedAt = T0,
                    InputHash = new string('b', 64),
                    Provider = "OpenAICompatible",
                    Model = LlmKit.Model,
                    PromptVersion = "decision@v2",
                    Request = "[{\"role\":\"system\",\"content\":\"You trade spot pairs.\"}]",
                    Response = "{\"decisions\":[{\"symbol\":\"BTCUSDT\",\"action\":\"BUY\"}]}",
                    Outcome = "ok",
                },
                CancellationToken.None
            );
        await ctx
            .Services.GetRequiredService<IDecisionJournal>()
            .RecordAsync(snapshot, outcome, CancellationToken.None);
        var host = ctx.Render(b =>
        {
            b.OpenComponent<MudDialogProvider>(0);
            b.CloseComponent();
            b.OpenComponent<DecisionsPage>(1);
            b.CloseComponent();
        });

        host.WaitForAssertion(() => host.Find("[data-testid=show-call]"));
        await host.InvokeAsync(() => host.Find("[data-testid=show-call]").Click());

        host.WaitForAssertion(() =>
            Assert.Contains(
                "You trade spot pairs.",
                host.Find("[data-testid=llm-call-request]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Contains(
            "\"action\":\"BUY\"",
            host.Find("[data-testid=llm-call-response]").TextContent,
            StringComparison.Ordinal
        );
    }
}
