using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Risk.Settings.Store;

/// <summary>The rule engine's weights, thresholds and hysteresis, edited from the Decision engine form.</summary>
public sealed class RuleSettingsStore(
    IDbContextFactory<TradingDbContext> contexts,
    TimeProvider clock,
    RuleEngineOptions configured
) : SettingsStore<RuleEngineOptions>(contexts, clock, "rules", configured)
{
    public override IReadOnlyList<SettingsProblem> Validate(RuleEngineOptions value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return [.. value.Validate().Select(m => new SettingsProblem(FieldOf(m), m))];
    }

    private static string FieldOf(string message) =>
        message switch
        {
            _ when message.StartsWith("Entry threshold (", StringComparison.Ordinal) => "exitThreshold",
            _ when message.StartsWith("Entry threshold", StringComparison.Ordinal) => "entryThreshold",
            _ when message.StartsWith("Exit threshold", StringComparison.Ordinal) => "exitThreshold",
            _ when message.StartsWith("Default weight", StringComparison.Ordinal) => "defaultWeight",
            _ when message.StartsWith("Minimum scored", StringComparison.Ordinal) => "minScoredForAccuracy",
            _ when message.StartsWith("Maximum signal age", StringComparison.Ordinal) => "maxSignalAge",
            _ => "agentWeights",
        };
}
