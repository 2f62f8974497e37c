using Bunit;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Components.Pages.Pair;
using MexcTrader.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Extensions;

namespace MexcTrader.Tests.Web.Components.Pages;

public sealed class PairPageTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Render_WithStoredCandles_DrawsTheNewestWindowAndOffersThePairsAndIntervals(
        StorageProvider provider
    )
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        IReadOnlyList<Candle> btc;
        await using (var db = database.CreateContext())
        {
            btc = await SampleCandles.SeedAsync(db, "BTCUSDT", 700);
            await SampleCandles.SeedAsync(db, "ETHUSDT", 40);
        }
        await using var ctx = UiTestContext.Create(database);

        var sut = ctx.Render<PairPage>(p => p.Add(x => x.Symbol, "BTCUSDT"));

        sut.WaitForAssertion(() => Assert.Equal(PairPage.DefaultWindowSize.ToString(), CandleCount(sut)));
        Assert.Equal(
            TimeFormat.Utc(btc[^PairPage.DefaultWindowSize].OpenTime),
            sut.Find("[data-testid=window-first]").TextContent
        );
        Assert.Equal(TimeFormat.Utc(btc[^1].OpenTime), sut.Find("[data-testid=window-last]").TextContent);
        Assert.Equal("BTCUSDT", sut.FindComponent<MudBlazor.MudSelect<string>>().Instance.GetState(x => x.Value));
        Assert.Equal(
            MexcTrader.Core.Domain.Interval.OneHour,
            sut.FindComponent<MudBlazor.MudSelect<MexcTrader.Core.Domain.Interval>>().Instance.GetState(x => x.Value)
        );
        Assert.Equal(PairPage.DefaultWindowSize, sut.FindComponent<CandleChart>().Instance.Candles.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OlderThenNewer_FromTheNewestWindow_WalksToTheOldestFullWindowAndBack(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        IReadOnlyList<Candle> btc;
        await using (var db = database.CreateContext())
        {
            btc = await SampleCandles.SeedAsync(db, "BTCUSDT", 700);
        }
        await using var ctx = UiTestContext.Create(database);
        var sut = ctx.Render<PairPage>(p => p.Add(x => x.Symbol, "BTCUSDT"));
        sut.WaitForAssertion(() => Assert.Equal("500", CandleCount(sut)));

        sut.Find("[data-testid=older]").Click();

        sut.WaitForAssertion(() =>
            Assert.Equal(TimeFormat.Utc(btc[0].OpenTime), sut.Find("[data-testid=window-first]").TextContent)
        );
        Assert.Equal("500", CandleCount(sut));
        Assert.Equal(TimeFormat.Utc(btc[499].OpenTime), sut.Find("[data-testid=window-last]").TextContent);
        Assert.True(sut.Find("[data-testid=older]").HasAttribute("disabled"));

        sut.Find("[data-testid=newer]").Click();

        sut.WaitForAssertion(() =>
            Assert.Equal(TimeFormat.Utc(btc[^1].OpenTime), sut.Find("[data-testid=window-last]").TextContent)
        );
        Assert.Equal("500", CandleCount(sut));
        Assert.True(sut.Find("[data-testid=newer]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task PairPicker_WhenAnotherPairIsChosen_DrawsItAndPutsItInTheAddress()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await SampleCandles.SeedAsync(db, "BTCUSDT", 300);
            await SampleCandles.SeedAsync(db, "ETHUSDT", 40);
        }
        await using var ctx = UiTestContext.Create(database);
        // as the router does: the address names the pair
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("pair/BTCUSDT");
        var sut = ctx.Render<PairPage>();
        sut.WaitForAssertion(() => Assert.Equal("300", CandleCount(sut)));
        var picker = sut.FindComponent<MudBlazor.MudSelect<string>>();

        await sut.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync("ETHUSDT"));

        sut.WaitForAssertion(() => Assert.Equal("40", CandleCount(sut)));
        Assert.EndsWith(
            "/pair/ETHUSDT?interval=1h",
            ctx.Services.GetRequiredService<NavigationManager>().Uri,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task WindowSizeAndEndDate_WhenChosen_DrawThatManyCandlesEndingOnThatDay()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        IReadOnlyList<Candle> btc;
        await using (var db = database.CreateContext())
        {
            btc = await SampleCandles.SeedAsync(db, "BTCUSDT", 700);
        }
        await using var ctx = UiTestContext.Create(database);
        var sut = ctx.Render<PairPage>(p => p.Add(x => x.Symbol, "BTCUSDT"));
        sut.WaitForAssertion(() => Assert.Equal("500", CandleCount(sut)));
        var day = btc[350].OpenTime.UtcDateTime.Date;
        var lastOfDay = btc.Last(c => c.OpenTime.UtcDateTime.Date == day);

        await sut.InvokeAsync(() =>
            sut.FindComponent<MudBlazor.MudSelect<int>>().Instance.ValueChanged.InvokeAsync(200)
        );
        sut.WaitForAssertion(() => Assert.Equal("200", CandleCount(sut)));
        await sut.InvokeAsync(() => sut.FindComponent<MudBlazor.MudDatePicker>().Instance.DateChanged.InvokeAsync(day));

        sut.WaitForAssertion(() =>
            Assert.Equal(TimeFormat.Utc(lastOfDay.OpenTime), sut.Find("[data-testid=window-last]").TextContent)
        );
        Assert.Equal("200", CandleCount(sut));
        Assert.False(sut.Find("[data-testid=newer]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Render_WithAnotherPairInTheAddress_ShowsThatPairsCandles()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await SampleCandles.SeedAsync(db, "BTCUSDT", 300);
            await SampleCandles.SeedAsync(db, "ETHUSDT", 42);
        }
        await using var ctx = UiTestContext.Create(database);

        var sut = ctx.Render<PairPage>(p => p.Add(x => x.Symbol, "ethusdt"));

        sut.WaitForAssertion(() => Assert.Equal("42", CandleCount(sut)));
        Assert.Empty(sut.FindAll("[data-testid=pair-notice]"));
    }

    [Fact]
    public async Task Render_WithAPairTheStoreLacks_SaysSoAndShowsAStoredPair()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await SampleCandles.SeedAsync(db, "ETHUSDT", 30);
        }
        await using var ctx = UiTestContext.Create(database);

        var sut = ctx.Render<PairPage>(p => p.Add(x => x.Symbol, "DOGEUSDT"));

        sut.WaitForAssertion(() => Assert.Equal("30", CandleCount(sut)));
        Assert.Contains(
            "no candles for 'DOGEUSDT'",
            sut.Find("[data-testid=pair-notice]").TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Render_WithEmptyStore_ExplainsHowToImport()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using var ctx = UiTestContext.Create(database);

        var sut = ctx.Render<PairPage>();

        sut.WaitForAssertion(() => Assert.NotEmpty(sut.FindAll("[data-testid=empty-store]")));
        var hint = sut.Find("[data-testid=empty-store]").TextContent;
        Assert.Contains("Settings → Data", hint, StringComparison.Ordinal);
        Assert.Contains("import", hint, StringComparison.Ordinal);
        Assert.Empty(sut.FindAll("[data-testid=candle-chart]"));
    }

    private static string CandleCount(IRenderedComponent<PairPage> sut) =>
        sut.Find("[data-testid=candle-count]").TextContent.Trim();
}
