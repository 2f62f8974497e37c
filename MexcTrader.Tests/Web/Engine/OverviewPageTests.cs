using Bunit;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Tests.Web.Components;
using MexcTrader.Web.Components.Pages.Overview;
using MexcTrader.Web.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MexcTrader.Tests.Web.Engine;

public sealed class OverviewPageTests
{
    private static readonly DateTimeOffset Hour = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Overview_ShowsEngineStatusAndFollowsChangesWithoutReload()
    {
        var (ctx, status, _, _) = Arrange();
        await using var _ctx = ctx;
        status.SetState(EngineRunState.Running, "Demo: replaying.", Hour);
        status.SetPair("BTCUSDT", "1h", EngineRunState.Running);
        status.CandleClosed(Candle(Hour), [], 0);

        var sut = ctx.Render<OverviewPage>();

        Assert.Equal("Demo", sut.Find("[data-testid=engine-mode]").TextContent.Trim());
        Assert.Equal("Running", sut.Find("[data-testid=engine-state]").TextContent.Trim());
        Assert.Equal("10,000.00 USDT", sut.Find("[data-testid=equity]").TextContent.Trim());
        Assert.NotNull(sut.Find("[data-testid=cash-only]"));
        Assert.Contains(
            "2026-03-01 10:00",
            sut.Find("[data-testid=pair-BTCUSDT]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains("ok", sut.Find("[data-testid=breaker-kill-switch]").TextContent, StringComparison.Ordinal);

        status.CandleClosed(Candle(Hour.AddHours(1)), [], 0);

        sut.WaitForAssertion(() =>
            Assert.Contains(
                "2026-03-01 11:00",
                sut.Find("[data-testid=pair-BTCUSDT]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Equal("2", sut.Find("[data-testid=candles]").TextContent.Split('·')[0].Trim());
    }

    [Fact]
    public async Task KillSwitch_AsksFirst_CancelLeavesTradingAndConfirmHalts()
    {
        var (ctx, _, risk, _) = Arrange();
        await using var _ctx = ctx;
        var sut = ctx.Render<OverviewPage>();
        Assert.Empty(sut.FindAll("[data-testid=kill-dialog]"));

        sut.Find("[data-testid=kill-switch]").Click();
        Assert.Contains(
            "Engage the kill switch?",
            sut.Find("[data-testid=kill-dialog]").TextContent,
            StringComparison.Ordinal
        );
        sut.Find("[data-testid=kill-cancel]").Click();

        Assert.Empty(sut.FindAll("[data-testid=kill-dialog]"));
        Assert.Equal(TradingState.Active, risk.State);

        sut.Find("[data-testid=kill-switch]").Click();
        sut.Find("[data-testid=kill-confirm]").Click();

        sut.WaitForAssertion(() => Assert.Equal(TradingState.Halted, risk.State));
        sut.WaitForAssertion(() => Assert.Equal("HALTED", sut.Find("[data-testid=trading-state]").TextContent.Trim()));
        Assert.Contains("tripped", sut.Find("[data-testid=breaker-kill-switch]").TextContent, StringComparison.Ordinal);

        sut.Find("[data-testid=kill-release]").Click();

        sut.WaitForAssertion(() => Assert.Equal(TradingState.Active, risk.State));
    }

    [Fact]
    public async Task PairButtons_PauseAndStopThePair()
    {
        var (ctx, status, _, control) = Arrange();
        await using var _ctx = ctx;
        status.SetPair("ETHUSDT", "1h", EngineRunState.Running);
        var sut = ctx.Render<OverviewPage>();

        sut.Find("[aria-label='Pause ETHUSDT']").Click();

        // under load the click can be dispatched after a pending re-render: wait for it rather than assume
        sut.WaitForAssertion(() => Assert.Equal(EngineRunState.Paused, control.PairState(new Symbol("ETHUSDT"))));
        sut.WaitForAssertion(() =>
            Assert.Contains(
                "Paused",
                sut.Find("[data-testid=pair-ETHUSDT] [data-testid=pair-state]").TextContent,
                StringComparison.Ordinal
            )
        );
        sut.Find("[aria-label='Stop ETHUSDT']").Click();
        sut.WaitForAssertion(() => Assert.Equal(EngineRunState.Stopped, control.PairState(new Symbol("ETHUSDT"))));
    }

    private static (BunitContext, EngineStatus, RiskModule, EngineControl) Arrange()
    {
        var options = Options.Create(new EngineOptions());
        var portfolio = new CashPortfolio(options);
        var status = new EngineStatus(EngineMode.Demo, portfolio.View());
        var risk = new RiskModule(new RiskSettings(), TimeProvider.System);
        var control = new EngineControl(risk, status);
        var ctx = UiTestContext.Create(services: s =>
        {
            s.AddSingleton(status);
            s.AddSingleton(control);
            s.AddSingleton(TimeProvider.System);
        });
        return (ctx, status, risk, control);
    }

    private static Candle Candle(DateTimeOffset openTime) =>
        new(new Symbol("BTCUSDT"), Interval.OneHour, openTime, 100m, 101m, 99m, 100.5m, 10m, 1000m);
}
