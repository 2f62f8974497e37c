namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>
/// The book of one pair as last published on the depth stream and the version it had then, so each later change
/// goes out as one delta over a continuous version range (mexc-api.md §9.6: fromVersion = previous toVersion + 1).
/// </summary>
internal sealed class DepthJournal(
    long version,
    IEnumerable<(decimal Price, decimal Quantity)> bids,
    IEnumerable<(decimal Price, decimal Quantity)> asks
)
{
    private readonly Dictionary<decimal, decimal> _bids = bids.ToDictionary(l => l.Price, l => l.Quantity);
    private readonly Dictionary<decimal, decimal> _asks = asks.ToDictionary(l => l.Price, l => l.Quantity);

    public long Version { get; set; } = version;

    /// <summary>Levels that differ from the last published book (quantity 0 = gone), and remembers the new book.</summary>
    public (List<(decimal Price, decimal Quantity)> Bids, List<(decimal Price, decimal Quantity)> Asks)? Change(
        IReadOnlyList<(decimal Price, decimal Quantity)> bids,
        IReadOnlyList<(decimal Price, decimal Quantity)> asks
    )
    {
        var changedBids = Update(_bids, bids);
        var changedAsks = Update(_asks, asks);
        return changedBids.Count + changedAsks.Count == 0 ? null : (changedBids, changedAsks);
    }

    private static List<(decimal Price, decimal Quantity)> Update(
        Dictionary<decimal, decimal> published,
        IReadOnlyList<(decimal Price, decimal Quantity)> now
    )
    {
        var changed = new List<(decimal Price, decimal Quantity)>();
        foreach (var (price, quantity) in now)
        {
            if (!published.TryGetValue(price, out var before) || before != quantity)
            {
                changed.Add((price, quantity));
            }
        }
        foreach (var price in published.Keys)
        {
            if (!now.Any(l => l.Price == price))
            {
                changed.Add((price, 0m));
            }
        }
        published.Clear();
        foreach (var (price, quantity) in now)
        {
            published[price] = quantity;
        }
        return changed;
    }
}
