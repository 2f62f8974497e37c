using MexcTrader.Core.Decisions.Snapshot;

namespace MexcTrader.Core.Decisions.Llm;

/// <summary>Whether a snapshot is worth a call: some signal is strong enough, or an open position has one against it.</summary>
public static class LlmTrigger
{
    public static bool IsActionable(MarketSnapshot snapshot, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var held = snapshot.Portfolio.Positions.Where(p => p.Quantity > 0).Select(p => p.Symbol).ToHashSet();
        return snapshot.Pairs.Any(pair =>
            pair.Signals.Any(s =>
                Math.Abs(s.Score) * s.Confidence >= options.TriggerThreshold
                || (held.Contains(pair.Symbol) && s.Score * s.Confidence <= -options.ExitTriggerThreshold)
            )
        );
    }
}
