namespace MexcTrader.Core.Decisions.Snapshot;

/// <summary>
/// Everything a decision engine may look at for one cycle, for all active pairs at once (design.md §3).
/// The aggregator builds it; its JSON form is versioned and validated at the boundary.
/// </summary>
/// <param name="Correlations">Pairwise return correlations over the aggregator's window, by symbol order of <paramref name="Pairs"/>.</param>
public sealed record MarketSnapshot(
    int SchemaVersion,
    long CycleId,
    DateTimeOffset Time,
    IReadOnlyList<PairSnapshot> Pairs,
    PortfolioSnapshot Portfolio,
    IReadOnlyList<PairCorrelation> Correlations
);

/// <summary>Correlation of per-candle returns of two pairs, −1 … 1.</summary>
public sealed record PairCorrelation(string SymbolA, string SymbolB, double Value);
