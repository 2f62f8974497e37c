using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Decisions.Journal;

/// <summary>What the engine saw, compactly: enough for the timeline without storing the whole snapshot.</summary>
public sealed record SnapshotSummary(IReadOnlyList<PairSummary> Pairs, PortfolioSummary Portfolio)
{
    public static SnapshotSummary From(MarketSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var p = snapshot.Portfolio;
        return new SnapshotSummary(
            [
                .. snapshot.Pairs.Select(pair => new PairSummary(
                    pair.Symbol.Value,
                    pair.Price.LastClose,
                    pair.Price.Return1,
                    pair.Price.ReturnShort,
                    pair.Price.ReturnLong,
                    [.. pair.Signals.Select(s => new SignalScore(s.AgentId, s.Score, s.Confidence))]
                )),
            ],
            new PortfolioSummary(p.Cash, p.Equity, p.Exposure, p.Drawdown, p.TradingState)
        );
    }
}

public sealed record PairSummary(
    string Symbol,
    decimal LastClose,
    double Return1,
    double ReturnShort,
    double ReturnLong,
    IReadOnlyList<SignalScore> Signals
);

public sealed record SignalScore(string AgentId, double Score, double Confidence);

public sealed record PortfolioSummary(
    decimal Cash,
    decimal Equity,
    decimal Exposure,
    double Drawdown,
    TradingState TradingState
);
