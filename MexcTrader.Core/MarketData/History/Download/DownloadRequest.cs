using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Download;

/// <summary>Pairs to download at one interval, candles opening in [From, To).</summary>
public sealed record DownloadRequest(
    IReadOnlyList<Symbol> Symbols,
    Interval Interval,
    DateTimeOffset From,
    DateTimeOffset To
);
