namespace MexcTrader.Core.Performance;

/// <summary>Risk and return figures of one equity curve and its round trips (returns as fractions, 0.05 = 5 %).</summary>
/// <param name="Volatility">Annualised standard deviation of period returns.</param>
/// <param name="Sharpe">Annualised mean over standard deviation of period returns (risk-free rate 0).</param>
/// <param name="Sortino">Annualised mean over downside deviation (root mean square of negative returns).</param>
/// <param name="Calmar">Annualised return over maximum drawdown.</param>
/// <param name="ExposureTime">Share of curve points with something held.</param>
/// <param name="Turnover">Traded value over average equity.</param>
public sealed record PerformanceReport(
    decimal StartEquity,
    decimal EndEquity,
    double TotalReturn,
    double MaxDrawdown,
    double Volatility,
    double Sharpe,
    double Sortino,
    double Calmar,
    RoundTripStats Trades,
    double ExposureTime,
    double Turnover
);

/// <summary>Win/loss figures of closed round trips; money in quote, net of fees.</summary>
/// <param name="ProfitFactor">Gross wins over gross losses; +∞ with wins and no losses, 0 with neither.</param>
public sealed record RoundTripStats(
    int Count,
    int Wins,
    double WinRate,
    double ProfitFactor,
    decimal AverageWin,
    decimal AverageLoss,
    decimal NetPnl
)
{
    public static RoundTripStats Of(IEnumerable<decimal> pnls)
    {
        ArgumentNullException.ThrowIfNull(pnls);
        var list = pnls.ToList();
        var wins = list.Where(p => p > 0).ToList();
        var losses = list.Where(p => p < 0).ToList();
        var grossWin = wins.Sum();
        var grossLoss = -losses.Sum();
        return new RoundTripStats(
            list.Count,
            wins.Count,
            list.Count > 0 ? (double)wins.Count / list.Count : 0,
            grossLoss > 0 ? (double)(grossWin / grossLoss)
                : grossWin > 0 ? double.PositiveInfinity
                : 0,
            wins.Count > 0 ? grossWin / wins.Count : 0,
            losses.Count > 0 ? -grossLoss / losses.Count : 0,
            list.Sum()
        );
    }
}
