using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>One market event of a replay: a trade inside a candle, or the candle's close.</summary>
internal readonly record struct ReplayStep(
    DateTimeOffset Time,
    Candle Candle,
    decimal Price,
    decimal Quantity,
    bool Closes
);

/// <summary>
/// Turns a candle into trades: open, then the nearer extreme, the other extreme, close (a down candle visits its high
/// first), each carrying a quarter of the volume; then the close event at the end of the interval.
/// </summary>
internal static class CandlePath
{
    public static IEnumerable<ReplayStep> Steps(Candle candle, TimeSpan length)
    {
        var quarter = length / 4;
        var (first, second) = candle.Close >= candle.Open ? (candle.Low, candle.High) : (candle.High, candle.Low);
        var qty = candle.Volume / 4;
        yield return new ReplayStep(candle.OpenTime, candle, candle.Open, qty, false);
        yield return new ReplayStep(candle.OpenTime + quarter, candle, first, qty, false);
        yield return new ReplayStep(candle.OpenTime + 2 * quarter, candle, second, qty, false);
        yield return new ReplayStep(
            candle.OpenTime + 3 * quarter,
            candle,
            candle.Close,
            candle.Volume - 3 * qty,
            false
        );
        yield return new ReplayStep(candle.OpenTime + length, candle, candle.Close, 0, true);
    }
}
