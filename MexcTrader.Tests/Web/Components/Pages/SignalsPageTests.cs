using Bunit;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Signals.Outcomes;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Tests.Core.Signals.Storage;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Components.Pages.Signals;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MexcTrader.Tests.Web.Components.Pages;

public sealed class SignalsPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Render_WithStoredSignals_ListsPagesFiltersAndAccuracy(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var ctx = UiTestContext.Create(database);
        var pairs = ctx.Services.GetRequiredService<TradingPairService>();
        await pairs.AddAsync(new TradingPairDraft(new Symbol("BTCUSDT"), true, [Interval.OneHour]), default);
        await pairs.AddAsync(new TradingPairDraft(new Symbol("ETHUSDT"), true, [Interval.OneHour]), default);
        var signals = Enumerable
            .Range(0, 30)
            .SelectMany(h =>
                new[]
                {
                    StoredSignals.At("BTCUSDT", "technical", h, 0.7, $"btc rationale {h}"),
                    StoredSignals.At("ETHUSDT", "technical", h, -0.7, $"eth rationale {h}"),
                }
            )
            .ToList();
        var store = ctx.Services.GetRequiredService<SignalStore>();
        await store.AppendAsync([.. signals.Select(s => new SignalEntry(s, null))], [], [], default);
        // the first ten BTC signals are scored: 7 hits, 3 misses
        await store.AppendAsync(
            [],
            [],
            [
                .. signals
                    .Where(s => s.Symbol.Value == "BTCUSDT")
                    .Take(10)
                    .Select((s, i) => new SignalOutcome(s, 100, 101, i < 7 ? 0.01 : -0.01, i < 7)),
            ],
            default
        );

        var sut = ctx.Render<SignalsPage>();

        sut.WaitForAssertion(() => Assert.Equal("60", sut.Find("[data-testid=signal-total]").TextContent));
        Assert.Equal(SignalsPage.PageSize, sut.FindAll("[data-testid=signal-history] tbody tr").Count);
        Assert.Contains(
            "70.0%",
            sut.Find("[data-testid=accuracy-technical-BTCUSDT]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "70.0%",
            sut.Find("[data-testid=accuracy-technical-all]").TextContent,
            StringComparison.Ordinal
        );

        await sut.InvokeAsync(() =>
            sut.FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync("ETHUSDT")
        );
        await sut.InvokeAsync(() =>
            sut.FindComponents<MudDatePicker>()[0].Instance.DateChanged.InvokeAsync(new DateTime(2025, 1, 1))
        );
        sut.Find("[data-testid=filter-apply]").Click();
        sut.WaitForAssertion(() => Assert.Equal("30", sut.Find("[data-testid=signal-total]").TextContent));
        Assert.DoesNotContain(
            "BTCUSDT",
            sut.Find("[data-testid=signal-history]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Empty(sut.FindAll("[data-testid=accuracy-table]"));

        await sut.InvokeAsync(() => sut.FindComponent<MudPagination>().Instance.SelectedChanged.InvokeAsync(2));
        sut.WaitForAssertion(() => Assert.Equal(5, sut.FindAll("[data-testid=signal-history] tbody tr").Count));
        var first = sut.Find("[data-testid^=expand-]");
        first.Click();
        sut.WaitForAssertion(() =>
            Assert.Contains(
                "eth rationale 4",
                sut.Find("[data-testid^=rationale-]").TextContent,
                StringComparison.Ordinal
            )
        );
    }

    [Fact]
    public async Task Filter_ToBeforeFrom_SaysSoAndKeepsTheList()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var ctx = UiTestContext.Create(database);
        var sut = ctx.Render<SignalsPage>();
        sut.WaitForElement("[data-testid=signal-history-empty]");
        var pickers = sut.FindComponents<MudDatePicker>();

        await sut.InvokeAsync(() => pickers[0].Instance.DateChanged.InvokeAsync(new DateTime(2025, 2, 1)));
        await sut.InvokeAsync(() => pickers[1].Instance.DateChanged.InvokeAsync(new DateTime(2025, 1, 1)));
        sut.Find("[data-testid=filter-apply]").Click();

        sut.WaitForAssertion(() =>
            Assert.Equal("'To' must be on or after 'From'.", sut.Find("[data-testid=filter-error]").TextContent.Trim())
        );
    }
}
