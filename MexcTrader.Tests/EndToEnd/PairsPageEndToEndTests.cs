using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.Web.Components;
using Microsoft.Playwright;

namespace MexcTrader.Tests.EndToEnd;

public sealed class PairsPageEndToEndTests
{
    // the whole suite shares two cores with other work: a database round trip plus a render can take seconds
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 30_000 };

    [SkippableFact]
    public async Task AddPair_ThroughTheForm_IsListedAndAnUnknownOneIsExplained()
    {
        var chromium = Browser.ExecutablePath()!;
        // no "Mexc" section: demo mode, where the bundled sample's pairs are the tradable ones
        await using var factory = new MexcTraderFactory(useKestrel: true);
        factory.StartServer();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright, chromium);
        var page = await Browser.NewPageAsync(browser);
        await page.GotoAsync(new Uri(factory.ClientOptions.BaseAddress, "pairs").ToString());
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");
        await Assertions.Expect(page.GetByTestId("pairs-empty")).ToBeVisibleAsync();

        await Input(page, "add-symbol").FillAsync("XRPUSDT");
        await page.GetByTestId("add-submit").ClickAsync();
        await Assertions
            .Expect(page.GetByTestId("add-error"))
            .ToContainTextAsync("XRPUSDT is not one of the pairs the demo sample offers", new() { Timeout = 30_000 });

        await Input(page, "add-symbol").FillAsync("solusdt");
        await page.GetByTestId("add-submit").ClickAsync();

        var row = page.GetByTestId("pair-SOLUSDT");
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(row).ToContainTextAsync("1h");
        await Browser.ScreenshotAsync(page, "pairs-page");
    }

    [SkippableFact]
    public async Task PairPage_DrawIndicators_OverlaysThePriceAndAddsAPane()
    {
        var chromium = Browser.ExecutablePath()!;
        await using var factory = new MexcTraderFactory(useKestrel: true);
        factory.StartServer();
        await SampleCandles.SeedAsync(factory.Services, "BTCUSDT", 300);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright, chromium);
        var page = await Browser.NewPageAsync(browser);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        await page.GotoAsync(new Uri(factory.ClientOptions.BaseAddress, "pair/BTCUSDT").ToString());
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");
        await Assertions.Expect(page.GetByTestId("candle-count")).ToHaveTextAsync("300", Slow);

        await Input(page, "indicator-spec").FillAsync("EMA(20),BBANDS(20,2,2),RSI(14),CDLENGULFING");
        await page.GetByTestId("indicator-apply").ClickAsync();

        // 4 price lines (EMA, 3 bands) + the RSI line, as scatter traces with drawn paths
        await page.WaitForFunctionAsync(
            "() => document.querySelectorAll('[data-testid=candle-chart] .scatterlayer .trace.scatter path.js-line').length >= 5",
            null,
            new() { Timeout = 60_000 }
        );
        var titles = await page.Locator("[data-testid=candle-chart] .infolayer text[class*=title]")
            .AllTextContentsAsync();
        Assert.Contains("RSI(14)", titles);
        Assert.Contains("Price", titles);
        Assert.True(await page.Locator("[data-testid=candle-chart] .scatterlayer path.point").CountAsync() > 0);
        await Assertions.Expect(page.GetByTestId("signal-summary")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "pair-page-indicators");
        Assert.Empty(consoleErrors);
    }

    // MudTextField puts the test id on its input
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input");
}
