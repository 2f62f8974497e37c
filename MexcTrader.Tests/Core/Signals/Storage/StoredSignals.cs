using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;

namespace MexcTrader.Tests.Core.Signals.Storage;

/// <summary>Signals for store tests: one an hour from a fixed start, horizon 12 h.</summary>
internal static class StoredSignals
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Signal At(string symbol, string agent, int hour, double score, string rationale = "why") =>
        new(
            new Symbol(symbol),
            agent,
            1,
            Start.AddHours(hour),
            score,
            0.5,
            TimeSpan.FromHours(12),
            rationale,
            new Dictionary<string, double> { ["rsi"] = 55.5 + hour, ["macd.hist"] = -0.25 }
        );
}
