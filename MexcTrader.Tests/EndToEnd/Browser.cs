using MexcTrader.Tests.TestKit;
using Microsoft.Playwright;

namespace MexcTrader.Tests.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright (no browser download). Under CI=true a missing browser fails.</summary>
public static class Browser
{
    public static string? ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        if (File.Exists(path))
        {
            return path;
        }
        if (TestDatabases.IsCi)
        {
            throw new InvalidOperationException(
                $"CI=true but no Chromium at '{path}': install it or set CHROMIUM_PATH."
            );
        }
        Skip.If(true, $"No Chromium at '{path}'; set CHROMIUM_PATH to run browser tests (CI never skips).");
        return null;
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string executablePath) =>
        playwright.Chromium.LaunchAsync(
            new()
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                ],
            }
        );

    /// <summary>A page at the desktop size the screenshots are judged at.</summary>
    public static Task<IPage> NewPageAsync(IBrowser browser) =>
        browser.NewPageAsync(
            new()
            {
                ViewportSize = new() { Width = 1400, Height = 900 },
            }
        );

    /// <summary>Saves a full-page PNG into $SCREENSHOT_DIR when set; returns the path or null.</summary>
    public static async Task<string?> ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        if (string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
