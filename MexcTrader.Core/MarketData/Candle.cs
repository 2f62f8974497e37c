using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData;

/// <summary>One OHLCV candle; prices and volumes are exact decimals as the exchange sent them.</summary>
/// <param name="OpenTime">Open time, UTC.</param>
/// <param name="Volume">Traded volume in the base asset.</param>
/// <param name="QuoteVolume">Traded volume in the quote asset; 0 when the source does not say.</param>
public sealed record Candle(
    Symbol Symbol,
    Interval Interval,
    DateTimeOffset OpenTime,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal Volume,
    decimal QuoteVolume
)
{
    /// <summary>False while the interval is still running; stored candles are always closed.</summary>
    public bool IsClosed { get; init; } = true;
}
