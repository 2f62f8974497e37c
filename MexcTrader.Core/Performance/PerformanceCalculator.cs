using MexcTrader.Core.Execution;
using MexcTrader.Core.Execution.Store;

namespace MexcTrader.Core.Performance;

/// <summary>Pure functions from a recorded equity curve and fills to the performance figures.</summary>
public static class PerformanceCalculator
{
    /// <param name="periodsPerYear">Curve points per year, to annualise (hourly points: 8760).</param>
    public static PerformanceReport Compute(
        IReadOnlyList<EquityPoint> curve,
        IReadOnlyList<Fill> fills,
        double periodsPerYear
    )
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(fills);
        var trips = RoundTripStats.Of(RoundTrip.From(fills).Select(t => t.NetPnl));
        if (curve.Count == 0)
        {
            return new PerformanceReport(0, 0, 0, 0, 0, 0, 0, 0, trips, 0, 0);
        }
        var returns = Returns(curve);
        var start = curve[0].Equity;
        var end = curve[^1].Equity;
        var total = start > 0 ? (double)(end / start) - 1 : 0;
        var drawdown = MaxDrawdown(curve);
        var annualised =
            returns.Length > 0 && start > 0 ? Math.Pow((double)(end / start), periodsPerYear / returns.Length) - 1 : 0;
        var averageEquity = curve.Average(p => p.Equity);
        return new PerformanceReport(
            start,
            end,
            total,
            drawdown,
            StandardDeviation(returns) * Math.Sqrt(periodsPerYear),
            Sharpe(returns, periodsPerYear),
            Sortino(returns, periodsPerYear),
            drawdown > 0 ? annualised / drawdown : 0,
            trips,
            (double)curve.Count(p => p.Exposure > 0) / curve.Count,
            averageEquity > 0 ? (double)(fills.Sum(f => f.QuoteQuantity) / averageEquity) : 0
        );
    }

    public static double[] Returns(IReadOnlyList<EquityPoint> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var returns = new double[Math.Max(0, curve.Count - 1)];
        for (var i = 1; i < curve.Count; i++)
        {
            returns[i - 1] = curve[i - 1].Equity > 0 ? (double)(curve[i].Equity / curve[i - 1].Equity) - 1 : 0;
        }
        return returns;
    }

    /// <summary>Largest fall from a running peak, as a fraction of that peak.</summary>
    public static double MaxDrawdown(IReadOnlyList<EquityPoint> curve) => Drawdowns(curve).DefaultIfEmpty(0).Max();

    /// <summary>The drawdown at every point (0 at a new peak), for the drawdown chart.</summary>
    public static IEnumerable<double> Drawdowns(IReadOnlyList<EquityPoint> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var peak = 0m;
        foreach (var point in curve)
        {
            peak = Math.Max(peak, point.Equity);
            yield return peak > 0 ? (double)((peak - point.Equity) / peak) : 0;
        }
    }

    public static double Sharpe(double[] returns, double periodsPerYear)
    {
        ArgumentNullException.ThrowIfNull(returns);
        var deviation = StandardDeviation(returns);
        return deviation > 0 ? returns.Average() / deviation * Math.Sqrt(periodsPerYear) : 0;
    }

    public static double Sortino(double[] returns, double periodsPerYear)
    {
        ArgumentNullException.ThrowIfNull(returns);
        if (returns.Length == 0)
        {
            return 0;
        }
        var downside = Math.Sqrt(returns.Sum(r => r < 0 ? r * r : 0) / returns.Length);
        return downside > 0 ? returns.Average() / downside * Math.Sqrt(periodsPerYear) : 0;
    }

    /// <summary>Sample standard deviation (n − 1).</summary>
    public static double StandardDeviation(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length < 2)
        {
            return 0;
        }
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
