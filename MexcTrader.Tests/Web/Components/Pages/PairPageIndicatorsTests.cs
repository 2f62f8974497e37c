using Bunit;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Components.Pages.Pair;
using MexcTrader.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Components.Pages;

public sealed class PairPageIndicatorsTests
{
    [Fact]
    public async Task Draw_WithASpec_PutsPriceIndicatorsOverTheCandlesOthersInPanesAndMarksPatterns()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await SampleCandles.SeedAsync(db, "BTCUSDT", 300);
        }
        await using var ctx = UiTestContext.Create(database);
        var sut = ctx.Render<PairPage>(p => p.Add(x => x.Symbol, "BTCUSDT"));
        sut.WaitForAssertion(() => Assert.Equal(300, sut.FindComponent<CandleChart>().Instance.Candles.Count));

        Input(sut).Input("EMA(20), BBANDS(20,2,2),RSI(14),MACD(12,26,9),CDLENGULFING");
        sut.Find("[data-testid=indicator-apply]").Click();

        var drawn = sut.FindComponent<CandleChart>().Instance.Indicators;
        Assert.Equal(
            ["EMA(20)", "BBANDS(20,2,2).upper", "BBANDS(20,2,2).middle", "BBANDS(20,2,2).lower"],
            drawn.Overlays.Select(o => o.Name)
        );
        Assert.Equal(["RSI(14)", "MACD(12,26,9)"], drawn.Panes.Select(p => p.Title));
        Assert.Equal(3, drawn.Panes[1].Lines.Count);
        Assert.All(drawn.Overlays, o => Assert.Equal(300, o.Values.Count));
        Assert.NotEmpty(drawn.Patterns);
        Assert.All(drawn.Patterns, p => Assert.Equal("CDLENGULFING", p.Pattern));
    }

    [Fact]
    public async Task Draw_WithABadSpec_ShowsTheParsersMessageAndDrawsNoIndicator()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await SampleCandles.SeedAsync(db, "BTCUSDT", 60);
        }
        await using var ctx = UiTestContext.Create(database);
        var sut = ctx.Render<PairPage>(p => p.Add(x => x.Symbol, "BTCUSDT"));
        sut.WaitForAssertion(() => Assert.Equal(60, sut.FindComponent<CandleChart>().Instance.Candles.Count));

        Input(sut).Input("EMA(20),FOO(3)");
        sut.Find("[data-testid=indicator-apply]").Click();

        sut.WaitForAssertion(() =>
            Assert.Contains("Bad indicator spec: unknown indicator 'FOO'", sut.Markup, StringComparison.Ordinal)
        );
        Assert.True(sut.FindComponent<CandleChart>().Instance.Indicators.IsEmpty);
    }

    [Fact]
    public async Task Render_FollowedPairWithSettingsAndStoredSignals_ShowsTheAgentsSignalAndHistory()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.Sqlite);
        IReadOnlyList<Candle> candles;
        await using (var db = database.CreateContext())
        {
            candles = await SampleCandles.SeedAsync(db, "ETHUSDT", 400);
        }
        await using var ctx = UiTestContext.Create(database);
        var symbol = new Symbol("ETHUSDT");
        await ctx
            .Services.GetRequiredService<TradingPairService>()
            .AddAsync(new TradingPairDraft(symbol, true, [Interval.OneHour]), default);
        var settings = new Dictionary<string, string> { ["HorizonCandles"] = "7" };
        await ctx
            .Services.GetRequiredService<AgentSettingsService>()
            .SaveAsync(symbol, TechnicalAnalysisAgent.AgentId, true, settings, default);
        var stored = new Signal(
            symbol,
            "technical",
            1,
            candles[10].OpenTime,
            0.4,
            0.3,
            TimeSpan.FromHours(7),
            "stored one",
            new Dictionary<string, double>()
        );
        await ctx
            .Services.GetRequiredService<SignalStore>()
            .AppendAsync([new SignalEntry(stored, null)], [], [], default);
        var expected = AgentReplay.Run(new TechnicalAnalysisAgentFactory(), settings, candles).Value[^1];

        var sut = ctx.Render<PairPage>(p => p.Add(x => x.Symbol, "ETHUSDT"));

        sut.WaitForAssertion(() =>
            Assert.Equal(expected.Rationale, sut.Find("[data-testid=signal-rationale]").TextContent.Trim())
        );
        Assert.Equal(SignalView.Number(expected.Score), sut.Find("[data-testid=signal-score]").TextContent);
        Assert.Contains("horizon 7 h", sut.Find("[data-testid=signal-summary]").TextContent, StringComparison.Ordinal);
        Assert.Single(sut.FindAll("[data-testid=signal-history] tbody tr"));
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<PairPage> sut) =>
        sut.Find("input[data-testid=indicator-spec], [data-testid=indicator-spec] input");
}
