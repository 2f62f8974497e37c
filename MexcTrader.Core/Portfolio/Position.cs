using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Portfolio;

/// <summary>One pair's holding, derived from its fills (design.md §3); money in quote.</summary>
/// <param name="AveragePrice">Average buy price of the units held (fees are counted apart, in <paramref name="Fees"/>).</param>
/// <param name="RealisedPnl">(sell price − average price) × quantity sold, before fees.</param>
/// <param name="Fees">All fees paid on this pair, valued in quote.</param>
public sealed record Position(
    Symbol Symbol,
    decimal Quantity,
    decimal AveragePrice,
    decimal RealisedPnl,
    decimal Fees,
    decimal BoughtQuote,
    decimal SoldQuote,
    DateTimeOffset UpdatedAt
)
{
    public static Position Empty(Symbol symbol) => new(symbol, 0, 0, 0, 0, 0, 0, DateTimeOffset.UnixEpoch);

    public decimal UnrealisedPnl(decimal markPrice) => Quantity * (markPrice - AveragePrice);

    public decimal MarketValue(decimal markPrice) => Quantity * markPrice;
}
