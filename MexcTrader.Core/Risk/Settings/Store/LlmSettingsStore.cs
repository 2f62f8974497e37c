using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Risk.Settings.Store;

/// <summary>The LLM engine's trader-edited settings (provider, endpoint, model, limits, trigger).</summary>
public sealed class LlmSettingsStore(
    IDbContextFactory<TradingDbContext> contexts,
    TimeProvider clock,
    LlmEngineSettings configured
) : SettingsStore<LlmEngineSettings>(contexts, clock, "llm", configured)
{
    public override IReadOnlyList<SettingsProblem> Validate(LlmEngineSettings value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Validate();
    }
}
