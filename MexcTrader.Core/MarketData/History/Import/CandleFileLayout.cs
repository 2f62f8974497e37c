namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>The column layouts a candle file may have.</summary>
public enum CandleFileLayout
{
    /// <summary>The team's schema: open_time_ms,open,high,low,close,volume (6 columns). Quote volume is 0.</summary>
    Ohlcv,

    /// <summary>
    /// MEXC/Binance kline CSV (12 columns): open time ms, open, high, low, close, volume, close time ms, quote asset
    /// volume, number of trades, taker buy base volume, taker buy quote volume, ignore. Rows of only the first 8
    /// columns (what MEXC's /api/v3/klines returns) are read the same way.
    /// </summary>
    Kline,
}
