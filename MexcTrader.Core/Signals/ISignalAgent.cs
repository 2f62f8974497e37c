namespace MexcTrader.Core.Signals;

/// <summary>
/// A signal agent bound to one pair: it reads the pair's <see cref="PairState"/> after each closed candle and may
/// emit a <see cref="Signal"/>. It knows nothing of exchanges or modes.
/// </summary>
public interface ISignalAgent
{
    string Id { get; }
    int Version { get; }

    /// <summary>The typed parameters this instance runs with (stored with its signals).</summary>
    object Parameters { get; }

    /// <summary>Closed candles needed before the first signal.</summary>
    int WarmUp { get; }

    /// <summary>Called after the newest candle was added to <paramref name="state"/>; null when nothing to say.</summary>
    Signal? Evaluate(PairState state);
}

/// <summary>Creates an agent for one pair from that pair's stored settings (name → text, invalid settings fail).</summary>
public interface ISignalAgentFactory
{
    string Id { get; }
    MexcTrader.Core.Domain.Result<ISignalAgent> Create(PairState state, IReadOnlyDictionary<string, string> settings);
}
