using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.Web.Components;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MexcTrader.Tests.EndToEnd;

public sealed class PairPageEndToEndTests(ITestOutputHelper output)
{
    // the main pane's candlestick trace: one path per candle (the volume pane draws bars, not boxes)
    private const string CandlePaths = "[data-testid=candle-chart] .cartesianlayer g.trace.boxes path.box";

    [SkippableTheory]
    [InlineData(321)]
    [InlineData(700)]
    public async Task OpenPair_WithSeededCandles_DrawsTheWindowsCandlesInLightAndDarkTheme(int seeded)
    {
        var chromium = Browser.ExecutablePath()!;
        var expected = Math.Min(seeded, MexcTrader.Web.Components.Pages.Pair.PairPage.DefaultWindowSize);
        await using var factory = new MexcTraderFactory(useKestrel: true);
        factory.StartServer();
        await SampleCandles.SeedAsync(factory.Services, "BTCUSDT", seeded);
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

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(new Uri(factory.ClientOptions.BaseAddress, "pair/BTCUSDT").ToString());
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");
        await page.Locator(CandlePaths).First.WaitForAsync();
        output.WriteLine($"{expected} candles drawn {clock.ElapsedMilliseconds} ms after navigation (cold server)");

        clock.Restart();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");
        await page.Locator(CandlePaths).First.WaitForAsync();
        output.WriteLine(
            $"{expected} candles drawn {clock.ElapsedMilliseconds} ms after a reload (warm server, cached scripts)"
        );

        var drawn = await page.Locator(CandlePaths).CountAsync();
        var shown = (await page.GetByTestId("candle-count").TextContentAsync())?.Trim();
        Assert.Equal(expected, drawn);
        Assert.Equal(drawn.ToString(System.Globalization.CultureInfo.InvariantCulture), shown);
        await Browser.ScreenshotAsync(page, $"pair-page-{seeded}-light");

        const string background = "() => getComputedStyle(document.body).backgroundColor";
        var lightBackground = await page.EvaluateAsync<string>(background);
        await page.GetByTestId("theme-toggle").ClickAsync();

        await page.WaitForFunctionAsync($"light => ({background})() !== light", lightBackground);
        // the chart is redrawn with light tick labels on the dark page
        await page.WaitForFunctionAsync(
            "() => document.querySelector('[data-testid=candle-chart] .ytick text')?.style.fill === 'rgb(224, 224, 224)'"
        );
        await page.Locator(CandlePaths).First.WaitForAsync();
        Assert.Equal(expected, await page.Locator(CandlePaths).CountAsync());
        await Browser.ScreenshotAsync(page, $"pair-page-{seeded}-dark");

        Assert.Empty(consoleErrors);
    }

    [SkippableFact]
    public async Task PairPicker_InTheBrowser_SwitchesTheChartAndTheAddressToTheChosenPair()
    {
        var chromium = Browser.ExecutablePath()!;
        await using var factory = new MexcTraderFactory(useKestrel: true);
        factory.StartServer();
        await SampleCandles.SeedAsync(factory.Services, "BTCUSDT", 120);
        await SampleCandles.SeedAsync(factory.Services, "ETHUSDT", 48);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright, chromium);
        var page = await Browser.NewPageAsync(browser);
        await page.GotoAsync(new Uri(factory.ClientOptions.BaseAddress, "pair/BTCUSDT").ToString());
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");
        await Assertions.Expect(page.GetByTestId("candle-count")).ToHaveTextAsync("120");

        await page.GetByTestId("pair-picker").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "ETHUSDT" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("candle-count")).ToHaveTextAsync("48");
        await Assertions
            .Expect(page)
            .ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/pair/ETHUSDT\\?interval=1h$"));
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('{CandlePaths}').length === 48");
    }
}
