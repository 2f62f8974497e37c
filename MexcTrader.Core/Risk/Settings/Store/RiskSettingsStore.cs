using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Risk.Settings.Store;

/// <summary>The global risk limits and per-pair overrides, edited from the Risk settings form.</summary>
public sealed class RiskSettingsStore(IDbContextFactory<TradingDbContext> contexts, TimeProvider clock)
    : SettingsStore<RiskSettings>(contexts, clock, "risk", new RiskSettings())
{
    /// <summary>Maps each message of <see cref="RiskSettings.Validate"/> to its section: portfolio, default or pairs.SYMBOL.</summary>
    public override IReadOnlyList<SettingsProblem> Validate(RiskSettings value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return [.. value.Validate().Select(m => new SettingsProblem(FieldOf(m), m))];
    }

    private static string FieldOf(string message)
    {
        const string pairPrefix = "Pair limits (";
        if (message.StartsWith(pairPrefix, StringComparison.Ordinal))
        {
            var scope = message[pairPrefix.Length..message.IndexOf(')', StringComparison.Ordinal)];
            return scope == "default" ? "default" : $"pairs.{scope}";
        }
        return message.StartsWith("Per-pair limits", StringComparison.Ordinal) ? "pairs" : "portfolio";
    }
}
