using Bunit;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Components.Pages.Pairs;
using MexcTrader.Web.State;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MexcTrader.Tests.Web.Components.Pages;

public sealed class PairsPageTests
{
    [Fact]
    public async Task Add_WithMalformedSymbol_ShowsTheFieldMessageAndAddsNothing()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var ctx = UiTestContext.Create(database);
        var sut = ctx.Render<PairsPage>();
        sut.WaitForElement("[data-testid=pairs-empty]");

        Input(sut, "add-symbol").Input("BTC-USDT");
        sut.Find("[data-testid=add-submit]").Click();

        sut.WaitForAssertion(() => Assert.Contains("'BTC-USDT' is not a pair", sut.Markup, StringComparison.Ordinal));
        Assert.Empty(await Pairs(ctx).ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("NOPEUSDT", "NOPEUSDT is not a pair of the test exchange.")]
    [InlineData("LISTEDUSDT", "LISTEDUSDT is listed but cannot be traded through the API.")]
    public async Task Add_SymbolTheExchangeRefuses_ShowsWhyAndKeepsTheForm(string symbol, string message)
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var ctx = UiTestContext.Create(database);
        var sut = ctx.Render<PairsPage>();
        sut.WaitForElement("[data-testid=pairs-empty]");

        Input(sut, "add-symbol").Input(symbol);
        sut.Find("[data-testid=add-submit]").Click();

        sut.WaitForAssertion(() => Assert.Equal(message, sut.Find("[data-testid=add-error]").TextContent.Trim()));
        Assert.Equal(symbol, Input(sut, "add-symbol").GetAttribute("value"));
        Assert.Empty(await Pairs(ctx).ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddDisableRemove_ThroughTheForm_ChangeTheStoredPairs()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var ctx = UiTestContext.Create(database);
        var sut = ctx.Render<PairsPage>();
        sut.WaitForElement("[data-testid=pairs-empty]");

        Input(sut, "add-symbol").Input("ethusdt");
        await sut.InvokeAsync(() =>
            sut.FindComponent<MudSelect<Interval>>()
                .Instance.SelectedValuesChanged.InvokeAsync([Interval.OneMinute, Interval.FourHours])
        );
        sut.Find("[data-testid=add-submit]").Click();
        sut.WaitForElement("[data-testid=pair-ETHUSDT]");
        var added = Assert.Single(await Pairs(ctx).ListAsync(CancellationToken.None));
        Assert.Equal("", Input(sut, "add-symbol").GetAttribute("value") ?? "");
        Assert.DoesNotContain("Enter the pair", sut.Markup, StringComparison.Ordinal);

        await sut.InvokeAsync(() =>
            sut.FindComponents<MudSwitch<bool>>()
                .Single(s => s.Markup.Contains("enabled-ETHUSDT", StringComparison.Ordinal))
                .Instance.ValueChanged.InvokeAsync(false)
        );
        sut.WaitForAssertion(async () =>
            Assert.False(Assert.Single(await Pairs(ctx).ListAsync(CancellationToken.None)).Enabled)
        );
        sut.Find("[data-testid=remove-ETHUSDT]").Click();
        sut.WaitForElement("[data-testid=pairs-empty]");

        Assert.Equal((new Symbol("ETHUSDT"), true), (added.Symbol, added.Enabled));
        Assert.Equal([Interval.OneMinute, Interval.FourHours], added.Intervals);
        Assert.Empty(await Pairs(ctx).ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AgentSettings_BadThenGoodParameters_ShowErrorsPerFieldThenSave()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var ctx = UiTestContext.Create(database);
        await Pairs(ctx).AddAsync(new TradingPairDraft(new Symbol("BTCUSDT"), true, [Interval.OneHour]), default);
        var sut = ctx.Render<PairsPage>();
        sut.WaitForElement("[data-testid=agents-BTCUSDT]").Click();
        sut.WaitForElement("[data-testid=agent-save-technical]");

        Input(sut, "param-technical-RsiPeriod").Change("1");
        Input(sut, "param-technical-AdxPeriod").Change("fourteen");
        Input(sut, "param-technical-FastMaPeriod").Change("20");
        sut.Find("[data-testid=agent-save-technical]").Click();

        sut.WaitForAssertion(() =>
            Assert.Contains("between 2 and 200", FieldText(sut, "RsiPeriod"), StringComparison.Ordinal)
        );
        Assert.Contains("is not a valid Int32", FieldText(sut, "AdxPeriod"), StringComparison.Ordinal);
        Assert.DoesNotContain("mud-input-error", FieldText(sut, "FastMaPeriod"), StringComparison.Ordinal);
        var settings = ctx.Services.GetRequiredService<AgentSettingsService>();
        Assert.Null((await settings.GetAsync(new Symbol("BTCUSDT"), "technical", default)).Value.UpdatedAt);

        Input(sut, "param-technical-RsiPeriod").Change("21");
        Input(sut, "param-technical-AdxPeriod").Change("");
        Input(sut, "param-technical-FastMaPeriod").Change("60");
        sut.Find("[data-testid=agent-save-technical]").Click();
        sut.WaitForAssertion(() =>
            Assert.Contains(
                "FastMaPeriod must be below SlowMaPeriod.",
                FieldText(sut, "FastMaPeriod"),
                StringComparison.Ordinal
            )
        );

        Input(sut, "param-technical-FastMaPeriod").Change("30");
        sut.Find("[data-testid=agent-save-technical]").Click();

        sut.WaitForElement("[data-testid=agent-saved-technical]");
        var stored = (await settings.GetAsync(new Symbol("BTCUSDT"), "technical", default)).Value;
        Assert.Equal(
            new Dictionary<string, string> { ["RsiPeriod"] = "21", ["FastMaPeriod"] = "30" },
            stored.Parameters.OrderBy(p => p.Key).ToDictionary()
        );
    }

    [Fact]
    public async Task Download_WithAFollowedPairAndRange_QueuesAJobAndShowsItsProgress()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var ctx = UiTestContext.Create(database);
        await Pairs(ctx).AddAsync(new TradingPairDraft(new Symbol("SOLUSDT"), true, [Interval.OneHour]), default);
        var sut = ctx.Render<PairsPage>();
        sut.WaitForElement("[data-testid=pair-SOLUSDT]");
        var panel = sut.FindComponent<HistoryDownloadPanel>();

        panel.Find("[data-testid=download-submit]").Click();
        panel.WaitForAssertion(() =>
            Assert.Contains("Choose at least one followed pair.", panel.Markup, StringComparison.Ordinal)
        );
        await panel.InvokeAsync(() =>
            panel.FindComponent<MudSelect<Symbol>>().Instance.SelectedValuesChanged.InvokeAsync([new Symbol("SOLUSDT")])
        );
        var pickers = panel.FindComponents<MudDatePicker>();
        await panel.InvokeAsync(() => pickers[0].Instance.DateChanged.InvokeAsync(new DateTime(2025, 1, 10)));
        await panel.InvokeAsync(() => pickers[1].Instance.DateChanged.InvokeAsync(new DateTime(2025, 1, 1)));
        panel.Find("[data-testid=download-submit]").Click();
        panel.WaitForAssertion(() =>
            Assert.Contains("'to' must be after 'from'.", panel.Markup, StringComparison.Ordinal)
        );
        Assert.Empty(ctx.Services.GetRequiredService<DownloadJobTracker>().Recent);

        await panel.InvokeAsync(() => pickers[1].Instance.DateChanged.InvokeAsync(new DateTime(2025, 1, 12)));
        panel.Find("[data-testid=download-submit]").Click();

        panel.WaitForElement("[data-testid=download-progress]");
        var job = Assert.Single(ctx.Services.GetRequiredService<DownloadJobTracker>().Recent);
        Assert.Equal(
            (
                DownloadStage.Queued,
                new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2025, 1, 12, 0, 0, 0, TimeSpan.Zero)
            ),
            (job.Stage, job.From, job.To)
        );
        Assert.Equal("Queued", panel.Find("[data-testid=download-stage]").TextContent.Trim());
    }

    private static TradingPairService Pairs(BunitContext ctx) => ctx.Services.GetRequiredService<TradingPairService>();

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<PairsPage> sut, string testId) =>
        sut.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    // the field's whole control: its input and its error text
    private static string FieldText(IRenderedComponent<PairsPage> sut, string parameter) =>
        sut.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == parameter).Markup;
}
