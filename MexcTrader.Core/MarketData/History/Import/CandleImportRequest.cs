using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>A candle file (CSV or .csv.gz) to load into the store as one pair's candles of one interval.</summary>
public sealed record CandleImportRequest(string FilePath, Symbol Symbol, Interval Interval);
