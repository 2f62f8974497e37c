using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Import;

namespace MexcTrader.Tests.TestKit;

/// <summary>
/// Real candles from shared/data read with the product's <see cref="CandleFileReader"/>, for tests that need market
/// data as input (tests of the reader itself keep their own independent parsing).
/// </summary>
public static class RealCandles
{
    /// <summary>The first <paramref name="count"/> candles of a shared file, e.g. "data/mexc-spot/BTCUSDT-1h.csv".</summary>
    public static IReadOnlyList<Candle> Read(string relativePath, Symbol symbol, Interval interval, int count)
    {
        var read = CandleFileReader.Read(SharedData.File(relativePath), symbol, interval);
        return read.IsSuccess
            ? [.. read.Value.Candles.Take(count)]
            : throw new InvalidOperationException($"{relativePath}: {read.Failure}");
    }
}
