namespace MexcTrader.Core.Persistence;

/// <summary>Physical names of the candle table, for the raw-SQL bulk paths.</summary>
public static class CandleTable
{
    public const string Name = "candles";
    public const string Columns = "symbol, interval, open_time, open, high, low, close, volume, quote_volume";
}
