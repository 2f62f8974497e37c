namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>A candle file read and validated in full: its candles oldest first, and how it was laid out.</summary>
/// <param name="Lines">Lines in the file, header and blank lines included.</param>
public sealed record CandleFile(
    IReadOnlyList<Candle> Candles,
    CandleFileLayout Layout,
    bool HasHeader,
    bool WasGzip,
    long Lines
);
