using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings.Store;
using MexcTrader.Web.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MexcTrader.Tests.Integration.Engine;

/// <summary>The engine takes the saved risk and LLM settings at start and follows later saves.</summary>
public sealed class EngineSettingsTests
{
    [Fact]
    public async Task EngineStart_TakesSavedRiskAndLlmSettings_AndFollowsLaterSaves()
    {
        await using var factory = new DemoEngineFactory();
        using var client = factory.CreateClient();
        var riskStore = factory.Services.GetRequiredService<RiskSettingsStore>();
        var llmStore = factory.Services.GetRequiredService<LlmSettingsStore>();
        var saved = await riskStore.SaveAsync(
            riskStore.Current with
            {
                Portfolio = riskStore.Current.Portfolio with { MaxOpenPositions = 3 },
            },
            default
        );
        Assert.True(saved.IsSuccess, saved.Failure?.Message);
        var llmSaved = await llmStore.SaveAsync(llmStore.Current with { DailyBudgetUsd = 1.25m }, default);
        Assert.True(llmSaved.IsSuccess, llmSaved.Failure?.Message);
        var risk = factory.Services.GetRequiredService<RiskModule>();
        var llm = factory.Services.GetRequiredService<IOptionsMonitor<LlmOptions>>();
        Assert.NotEqual(3, risk.Settings.Portfolio.MaxOpenPositions);

        await factory.FollowAsync("BTCUSDT");
        factory.Control.Start();
        await factory.UntilAsync(v => v.State == EngineRunState.Running, "running");
        Assert.Equal(3, risk.Settings.Portfolio.MaxOpenPositions);
        Assert.Equal(1.25m, llm.CurrentValue.DailyBudgetUsd);

        var changed = await riskStore.SaveAsync(
            riskStore.Current with
            {
                Portfolio = riskStore.Current.Portfolio with { MaxOpenPositions = 5 },
            },
            default
        );
        Assert.True(changed.IsSuccess, changed.Failure?.Message);
        Assert.Equal(5, risk.Settings.Portfolio.MaxOpenPositions);
    }
}
