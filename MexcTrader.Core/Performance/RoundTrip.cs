using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Execution;

namespace MexcTrader.Core.Performance;

/// <summary>One trade from flat to flat on one pair: net PnL is what came back less what went in, fees included.</summary>
/// <param name="EntryClientOrderId">The order that opened it: the key to its decision, engine and agents.</param>
public sealed record RoundTrip(
    Symbol Symbol,
    string EntryClientOrderId,
    DateTimeOffset Opened,
    DateTimeOffset Closed,
    decimal BoughtQuote,
    decimal SoldQuote,
    decimal Fees,
    decimal NetPnl
)
{
    /// <summary>Cuts each pair's fills into round trips; a position still open at the end is not a trade yet.</summary>
    public static IReadOnlyList<RoundTrip> From(IEnumerable<Fill> fills)
    {
        ArgumentNullException.ThrowIfNull(fills);
        var trips = new List<RoundTrip>();
        foreach (var pair in fills.GroupBy(f => f.Symbol))
        {
            var held = 0m;
            Fill? entry = null;
            decimal bought = 0,
                sold = 0,
                fees = 0,
                quoteFees = 0;
            foreach (var fill in pair.OrderBy(f => f.Time))
            {
                entry ??= fill;
                fees += fill.FeeInQuote;
                // base-asset fees already shrink the quantity received; only quote fees move cash on top of the trade
                quoteFees += fill.FeeInQuote - fill.BaseFee * fill.Price;
                if (fill.Side == OrderSide.Buy)
                {
                    held += fill.Quantity - fill.BaseFee;
                    bought += fill.QuoteQuantity;
                }
                else
                {
                    held -= fill.Quantity;
                    sold += fill.QuoteQuantity;
                }
                if (held <= 0 && sold > 0)
                {
                    var net = sold - bought - quoteFees + held * fill.Price;
                    trips.Add(
                        new RoundTrip(pair.Key, entry.ClientOrderId, entry.Time, fill.Time, bought, sold, fees, net)
                    );
                    (held, entry, bought, sold, fees, quoteFees) = (0, null, 0, 0, 0, 0);
                }
            }
        }
        return [.. trips.OrderBy(t => t.Closed)];
    }
}
