using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;

namespace MexcTrader.Core.Execution;

/// <summary>One fill of one of our orders, with its fee valued in the quote asset.</summary>
/// <param name="FillId">The venue's trade id: a fill is applied once, whatever path delivered it.</param>
/// <param name="BaseFee">Fee taken from the base asset (MEXC charges buys in base), reducing the quantity received.</param>
/// <param name="FeeInQuote">The fee valued in quote at the fill price.</param>
public sealed record Fill(
    string FillId,
    string ClientOrderId,
    string OrderId,
    Symbol Symbol,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    decimal QuoteQuantity,
    decimal Fee,
    string FeeAsset,
    decimal BaseFee,
    decimal FeeInQuote,
    bool IsMaker,
    DateTimeOffset Time
)
{
    /// <summary>Values the fee: base-asset fees at the fill price, quote fees as they are, other assets at 0 (kept raw).</summary>
    public static Fill From(ExchangeTrade trade, string clientOrderId, string baseAsset, string quoteAsset)
    {
        ArgumentNullException.ThrowIfNull(trade);
        var baseFee = string.Equals(trade.CommissionAsset, baseAsset, StringComparison.OrdinalIgnoreCase)
            ? trade.Commission
            : 0m;
        var feeInQuote =
            baseFee > 0 ? baseFee * trade.Price
            : string.Equals(trade.CommissionAsset, quoteAsset, StringComparison.OrdinalIgnoreCase) ? trade.Commission
            : 0m;
        return new Fill(
            trade.TradeId,
            clientOrderId,
            trade.OrderId,
            trade.Symbol,
            trade.IsBuyer ? OrderSide.Buy : OrderSide.Sell,
            trade.Price,
            trade.Quantity,
            trade.QuoteQuantity,
            trade.Commission,
            trade.CommissionAsset,
            baseFee,
            feeInQuote,
            trade.IsMaker,
            trade.Time
        );
    }
}
