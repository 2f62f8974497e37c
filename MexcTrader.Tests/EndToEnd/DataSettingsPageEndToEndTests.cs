using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.Web.Components;
using Microsoft.Playwright;

namespace MexcTrader.Tests.EndToEnd;

public sealed class DataSettingsPageEndToEndTests
{
    [SkippableFact]
    public async Task OpenDataSettings_InTheRealHost_ListsWhatTheStoreHoldsValidatesTheFormAndNavigates()
    {
        var chromium = Browser.ExecutablePath()!;
        await using var factory = new MexcTraderFactory(useKestrel: true);
        factory.StartServer();
        await SampleCandles.SeedAsync(factory.Services, "ETHUSDT", 48);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright, chromium);
        var page = await Browser.NewPageAsync(browser);

        await page.GotoAsync(new Uri(factory.ClientOptions.BaseAddress, "settings/data").ToString());
        await Assertions.Expect(page.GetByTestId("render-mode")).ToHaveTextAsync("interactive");

        await Assertions.Expect(page.GetByTestId("series-ETHUSDT-1h")).ToContainTextAsync("48");
        var submit = page.GetByTestId("import-submit");
        if (await submit.IsEnabledAsync())
        {
            await submit.ClickAsync();
            await Assertions.Expect(page.GetByText("Enter the pair the file holds")).ToBeVisibleAsync();
        }
        else
        {
            // before the job system is merged the page says why it cannot import
            await Assertions.Expect(page.GetByTestId("launcher-missing")).ToBeVisibleAsync();
        }
        await Browser.ScreenshotAsync(page, "settings-data");

        await page.Locator("nav a[href='signals']").ClickAsync();

        await Assertions.Expect(page).ToHaveTitleAsync("Signals · MexcTrader");
        await Assertions.Expect(page.GetByTestId("signal-history-empty")).ToContainTextAsync("No stored signals yet.");
        await Browser.ScreenshotAsync(page, "signals");
    }
}
