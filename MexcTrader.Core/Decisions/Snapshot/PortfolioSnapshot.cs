using MexcTrader.Core.Domain;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Decisions.Snapshot;

/// <summary>The account as the engines see it; money in the quote asset (USDT), exact.</summary>
/// <param name="Drawdown">Current drawdown from the equity peak, 0 … 1.</param>
/// <param name="TradingState">ACTIVE, REDUCING (exits only) or HALTED, as the risk module last set it.</param>
public sealed record PortfolioSnapshot(
    decimal Cash,
    decimal Equity,
    decimal Exposure,
    decimal RealisedPnl,
    decimal UnrealisedPnl,
    double Drawdown,
    TradingState TradingState,
    IReadOnlyList<PositionSnapshot> Positions
);

/// <summary>An open position in a snapshot.</summary>
public sealed record PositionSnapshot(
    Symbol Symbol,
    decimal Quantity,
    decimal AveragePrice,
    decimal MarketValue,
    decimal UnrealisedPnl
);
