using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MexcTrader.Tests.EndToEnd;

public sealed class DecisionsPageEndToEndTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task OpenDecisions_WithASeededLlmCycle_ShowsTheTimelineAndTheRawPromptAndResponse()
    {
        var chromium = Browser.ExecutablePath()!;
        await using var factory = new MexcTraderFactory(useKestrel: true);
        factory.StartServer();
        var (snapshot, outcome) = JournalKit.Cycle(T0);
        await factory
            .Services.GetRequiredService<ILlmCallStore>()
            .AddAsync(
                new LlmCallRecord
                {
                    CycleId = snapshot.CycleId,
                    Attempt = 1,
                    CreatedAt = T0,
                    InputHash = new string('c', 64),
                    Provider = "OpenAICompatible",
                    Model = LlmKit.Model,
                    PromptVersion = "decision@v2",
                    Request = "[{\"role\":\"system\",\"content\":\"You trade MEXC spot pairs carefully.\"}]",
                    Response = "{\"decisions\":[{\"symbol\":\"BTCUSDT\",\"action\":\"BUY\"}]}",
                    Outcome = "ok",
                },
                CancellationToken.None
            );
        await factory
            .Services.GetRequiredService<IDecisionJournal>()
            .RecordAsync(snapshot, outcome, CancellationToken.None);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright, chromium);
        var page = await Browser.NewPageAsync(browser);

        await page.GotoAsync(new Uri(factory.ClientOptions.BaseAddress, "decisions").ToString());
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");

        await Assertions.Expect(page.GetByTestId("decision-ETHUSDT")).ToContainTextAsync("Rejected");
        await Assertions.Expect(page.GetByTestId("decision-BTCUSDT")).ToContainTextAsync("BTC broke out");
        await Browser.ScreenshotAsync(page, "decisions");
        await page.GetByTestId("show-call").ClickAsync();

        await Assertions
            .Expect(page.GetByTestId("llm-call-request"))
            .ToContainTextAsync("You trade MEXC spot pairs carefully.");
        await Assertions.Expect(page.GetByTestId("llm-call-response")).ToContainTextAsync("\"action\":\"BUY\"");
        await Browser.ScreenshotAsync(page, "decisions-llm-call");
        await page.GetByTestId("llm-call-close").ClickAsync();
        await Assertions.Expect(page.GetByTestId("llm-call-request")).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(factory.ClientOptions.BaseAddress, "settings").ToString());
        await Assertions.Expect(page.GetByTestId("rules-save")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "settings-engine");
        await page.GetByText("Risk limits").ClickAsync();
        await Assertions.Expect(page.GetByTestId("risk-save")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "settings-risk");
    }
}
