using Bunit;
using MexcTrader.Web.Components.Layout;
using MexcTrader.Web.State;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Extensions;

namespace MexcTrader.Tests.Web.Components.Layout;

public sealed class MainLayoutTests
{
    [Fact]
    public async Task ThemeToggle_WhenClicked_SwitchesToDarkAndRemembersItAcrossRestarts()
    {
        var folder = Directory.CreateTempSubdirectory("mexctrader-ui-");
        try
        {
            var file = Path.Combine(folder.FullName, "ui-preferences.json");
            await using var ctx = UiTestContext.Create(preferences: new UiPreferences(file));
            var sut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, Text("hello")));
            Assert.False(sut.FindComponent<MudBlazor.MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));

            sut.Find("[data-testid=theme-toggle]").Click();

            sut.WaitForAssertion(() =>
                Assert.True(sut.FindComponent<MudBlazor.MudThemeProvider>().Instance.GetState(x => x.IsDarkMode))
            );
            Assert.True(new UiPreferences(file).IsDarkMode);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Body_WhenAPageThrows_ShowsAReadableErrorWithTryAgain()
    {
        await using var ctx = UiTestContext.Create();
        Thrower.Fail = true;
        var sut = ctx.Render<MainLayout>(p =>
            p.Add(
                x => x.Body,
                b =>
                {
                    b.OpenComponent<Thrower>(0);
                    b.CloseComponent();
                }
            )
        );

        Assert.Contains(
            "The store is unreachable.",
            sut.Find("[data-testid=page-error]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal("interactive", sut.Find("[data-testid=render-mode]").TextContent);

        Thrower.Fail = false;
        sut.Find("[data-testid=page-error-retry]").Click();

        sut.WaitForAssertion(() => Assert.Contains("page content", sut.Markup, StringComparison.Ordinal));
        Assert.Empty(sut.FindAll("[data-testid=page-error]"));
    }

    [Fact]
    public async Task NavMenu_Always_LinksEveryAreaIncludingSettingsData()
    {
        await using var ctx = UiTestContext.Create();

        var sut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, Text("hello")));

        var links = sut.FindAll("nav a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Superset(
            new HashSet<string?>
            {
                "",
                "pairs",
                "pair",
                "signals",
                "decisions",
                "positions",
                "performance",
                "backtests",
                "settings",
                "settings/data",
            },
            links
        );
    }

    private static RenderFragment Text(string text) => b => b.AddContent(0, text);

    private sealed class Thrower : ComponentBase
    {
        public static bool Fail { get; set; }

        protected override void OnInitialized()
        {
            if (Fail)
            {
                throw new InvalidOperationException("The store is unreachable.");
            }
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
            builder.AddContent(0, "page content");
    }
}
