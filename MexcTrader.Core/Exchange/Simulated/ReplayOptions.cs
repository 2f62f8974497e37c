namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>How fast stored candles are replayed.</summary>
/// <param name="Speed">Market time per wall-clock time (1 = real time, 3600 = an hour candle per second); null = as fast as possible.</param>
/// <param name="WarmupCandles">Candles per symbol replayed at once at the start, so klines have history from the first request.</param>
public sealed record ReplayOptions(double? Speed = null, int WarmupCandles = 0)
{
    public static ReplayOptions AsFastAsPossible { get; } = new();
}
