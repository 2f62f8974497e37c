using System.Text.RegularExpressions;
using MexcTrader.Tests.Integration.Engine;
using Microsoft.Playwright;

namespace MexcTrader.Tests.EndToEnd;

public sealed partial class OverviewEndToEndTests
{
    [SkippableFact]
    public async Task Overview_WhileTheDemoEngineRuns_UpdatesWithoutReload()
    {
        var chromium = Browser.ExecutablePath()!;
        // the app as a trader starts it: demo data seeded, the demo engine starting on its own
        await using var factory = new DemoEngineFactory(
            candleMilliseconds: 200,
            autoStart: true,
            useKestrel: true,
            seedDemoData: true
        );
        factory.StartServer();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright, chromium);
        var page = await Browser.NewPageAsync(browser);
        var navigations = 0;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                navigations++;
            }
        };
        await page.GotoAsync(factory.ClientOptions.BaseAddress.ToString());
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");
        await Assertions
            .Expect(page.GetByTestId("engine-state"))
            .ToHaveTextAsync("Running", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("pair-BTCUSDT")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var cycles = page.GetByTestId("cycles");
        await Assertions.Expect(cycles).Not.ToHaveTextAsync("0", new() { Timeout = 60_000 });
        var first = await cycles.TextContentAsync();
        await Assertions.Expect(cycles).Not.ToHaveTextAsync(first!, new() { Timeout = 30_000 });
        var candle = await page.GetByTestId("pair-BTCUSDT").GetByTestId("pair-candle").TextContentAsync();
        await Assertions
            .Expect(page.GetByTestId("pair-BTCUSDT").GetByTestId("pair-candle"))
            .Not.ToHaveTextAsync(candle!, new() { Timeout = 30_000 });
        await Browser.ScreenshotAsync(page, "overview-page");

        await page.GotoAsync(new Uri(factory.ClientOptions.BaseAddress, "positions").ToString());
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");
        var positionsCycles = page.GetByTestId("cycles");
        var shown = await positionsCycles.TextContentAsync();
        await Assertions.Expect(positionsCycles).Not.ToHaveTextAsync(shown!, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("open-orders")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "positions-page");

        // one navigation per GotoAsync: the numbers changed in place
        Assert.Equal(2, navigations);
        Assert.Matches(Digits(), first!);
    }

    [GeneratedRegex("^[0-9,]+$")]
    private static partial Regex Digits();
}
