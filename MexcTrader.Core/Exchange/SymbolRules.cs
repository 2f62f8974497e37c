using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange;

/// <summary>What the exchange allows for one pair: precisions, step, order value limits and tradability gates.</summary>
/// <param name="BaseAssetPrecision">Maximum decimals of a base quantity.</param>
/// <param name="QuotePrecision">Maximum decimals of a price (tick = 10^-QuotePrecision).</param>
/// <param name="BaseSizeStep">Quantity step and minimum; 0 when the exchange gives none.</param>
/// <param name="MinOrderValue">Minimum quote value of a limit-type order.</param>
/// <param name="MinMarketOrderValue">Minimum quote value of a market order.</param>
/// <param name="MaxOrderValue">Maximum quote value of a limit-type order; 0 when unknown.</param>
/// <param name="MaxMarketOrderValue">Maximum quote value of a market order; 0 when unknown.</param>
/// <param name="OrderTypes">Order types the exchange lists for the pair (IOC and FOK are never listed).</param>
/// <param name="IsOnline">Status 1 (or the older "ENABLED").</param>
/// <param name="IsApiTradingAllowed">False when API orders are refused for the pair.</param>
/// <param name="AllowedSides">Sides the pair trades on now; empty when closed.</param>
public sealed record SymbolRules(
    Symbol Symbol,
    string BaseAsset,
    string QuoteAsset,
    int BaseAssetPrecision,
    int QuotePrecision,
    int QuoteAssetPrecision,
    decimal BaseSizeStep,
    decimal MinOrderValue,
    decimal MinMarketOrderValue,
    decimal MaxOrderValue,
    decimal MaxMarketOrderValue,
    IReadOnlyList<OrderType> OrderTypes,
    bool IsOnline,
    bool IsApiTradingAllowed,
    IReadOnlyList<OrderSide> AllowedSides,
    decimal MakerCommission,
    decimal TakerCommission
)
{
    /// <summary>Smallest price increment.</summary>
    public decimal TickSize => Pow10(-QuotePrecision);

    /// <summary>Smallest quantity increment: the step when given, otherwise the base precision.</summary>
    public decimal QuantityStep => BaseSizeStep > 0 ? BaseSizeStep : Pow10(-BaseAssetPrecision);

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            value /= 10m;
        }
        return value;
    }
}
