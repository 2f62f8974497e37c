using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>The public market of one pair at one moment: what the market data endpoints serve.</summary>
/// <param name="Bids">Best first: (price, quantity).</param>
/// <param name="Candles">Closed candles replayed so far, then the open one if a candle is in progress.</param>
public sealed record MarketView(
    SimulatedSymbolRules Rules,
    decimal? LastPrice,
    long DepthVersion,
    IReadOnlyList<(decimal Price, decimal Quantity)> Bids,
    IReadOnlyList<(decimal Price, decimal Quantity)> Asks,
    IReadOnlyList<MarketTrade> Trades,
    IReadOnlyList<Candle> Candles
);
