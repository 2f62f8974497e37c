namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>How fast stored candles are replayed.</summary>
/// <param name="Speed">Market time per wall-clock time (1 = real time, 3600 = an hour candle per second); null (or 0) = as fast as possible:
/// no pacing, only the back-pressure of whoever consumes the steps (the wire simulator's WebSocket senders).</param>
/// <param name="WarmupCandles">Candles per symbol replayed at once at the start, so klines have history from the first request.</param>
public sealed record ReplayOptions(double? Speed = null, int WarmupCandles = 0)
{
    public static ReplayOptions AsFastAsPossible { get; } = new();
}
