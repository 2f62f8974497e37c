using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Store;

namespace MexcTrader.Core.Performance;

/// <summary>The baseline beside every figure: the same cash split equally over the same pairs at the first prices, then held.</summary>
public static class BuyAndHold
{
    /// <param name="prices">Prices per moment (e.g. each candle close), oldest first; a missing price keeps the last one.</param>
    public static IReadOnlyList<EquityPoint> Curve(
        decimal startingCash,
        IReadOnlyList<(DateTimeOffset Time, IReadOnlyDictionary<Symbol, decimal> Prices)> prices
    )
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count == 0)
        {
            return [];
        }
        var first = prices[0].Prices.Where(p => p.Value > 0).ToList();
        var units = first.ToDictionary(p => p.Key, p => startingCash / first.Count / p.Value);
        var last = first.ToDictionary(p => p.Key, p => p.Value);
        var curve = new List<EquityPoint>(prices.Count);
        foreach (var (time, row) in prices)
        {
            foreach (var (symbol, price) in row)
            {
                if (price > 0 && last.ContainsKey(symbol))
                {
                    last[symbol] = price;
                }
            }
            var value = units.Sum(u => u.Value * last[u.Key]);
            curve.Add(
                new EquityPoint(time, first.Count > 0 ? value : startingCash, first.Count > 0 ? 0 : startingCash, value)
            );
        }
        return curve;
    }
}
