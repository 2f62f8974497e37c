using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Signals;

/// <summary>
/// Runs a fresh agent over stored candles, as the engine would have run it candle by candle, to show what it says
/// now (its latest signal) on a chart of those candles.
/// </summary>
public static class AgentReplay
{
    /// <returns>Every signal the agent emitted over <paramref name="candles"/> (oldest first), or why it could not run.</returns>
    public static Result<IReadOnlyList<Signal>> Run(
        ISignalAgentFactory factory,
        IReadOnlyDictionary<string, string> settings,
        IReadOnlyList<Candle> candles
    )
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0)
        {
            return Result.Ok<IReadOnlyList<Signal>>([]);
        }
        var state = new PairState(candles[0].Symbol, candles[0].Interval, Math.Max(1, candles.Count));
        var agent = factory.Create(state, settings);
        if (!agent.IsSuccess)
        {
            return Result.Fail<IReadOnlyList<Signal>>(agent.Failure);
        }
        var signals = new List<Signal>();
        foreach (var candle in candles)
        {
            state.Add(Bar.From(candle));
            if (agent.Value.Evaluate(state) is { } signal)
            {
                signals.Add(signal);
            }
        }
        return Result.Ok<IReadOnlyList<Signal>>(signals);
    }
}
