using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Download;

/// <summary>How far one pair's download is: candles fetched out of those missing when it started.</summary>
public sealed record DownloadProgress(Symbol Symbol, long Fetched, long Missing);
