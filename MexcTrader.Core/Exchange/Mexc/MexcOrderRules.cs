using System.Text.RegularExpressions;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Mexc;

/// <summary>
/// Fits an order to a pair's rules before it is sent (mexc-api.md section 7.3): prices to the tick, quantities to
/// the step, and refuses what MEXC would refuse (closed pair, side or type, order value out of bounds).
/// </summary>
public static partial class MexcOrderRules
{
    public const string Invalid = "order.invalid";
    public const string NotTradable = "order.not_tradable";
    public const string BelowMinimumValue = "order.below_min_value";
    public const string AboveMaximumValue = "order.above_max_value";

    /// <param name="referencePrice">Expected fill price of a market order by quantity, to check its value; optional.</param>
    /// <param name="roundPriceToNearest">True when the price came from the book; otherwise a buy rounds down and a
    /// sell rounds up, so the rounded price is never worse than asked.</param>
    public static Result<OrderRequest> Prepare(
        OrderRequest order,
        SymbolRules rules,
        decimal? referencePrice = null,
        bool roundPriceToNearest = false
    )
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(rules);
        if (Gate(order, rules) is { } closed)
        {
            return Result.Fail<OrderRequest>(closed);
        }
        if (order.ClientOrderId is { } id && !ClientIdPattern().IsMatch(id))
        {
            return Fail(Invalid, $"Client order id '{id}' must be 1-32 characters of a-z, A-Z, 0-9, '_' or '-'.");
        }
        return order.Type == OrderType.Market
            ? PrepareMarket(order, rules, referencePrice)
            : PrepareLimit(order, rules, roundPriceToNearest);
    }

    public static decimal RoundPrice(decimal price, OrderSide side, SymbolRules rules, bool toNearest = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var mode =
            toNearest ? MidpointRounding.AwayFromZero
            : side == OrderSide.Buy ? MidpointRounding.ToNegativeInfinity
            : MidpointRounding.ToPositiveInfinity;
        return Math.Round(price, rules.QuotePrecision, mode);
    }

    /// <summary>Truncates to the base precision, then to a whole number of steps.</summary>
    public static decimal TruncateQuantity(decimal quantity, SymbolRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var truncated = Math.Round(quantity, rules.BaseAssetPrecision, MidpointRounding.ToZero);
        return rules.BaseSizeStep > 0 ? Math.Floor(truncated / rules.BaseSizeStep) * rules.BaseSizeStep : truncated;
    }

    private static Result<OrderRequest> PrepareLimit(OrderRequest order, SymbolRules rules, bool toNearest)
    {
        if (order.Price is not > 0 || order.Quantity is not > 0)
        {
            return Fail(Invalid, $"A {order.Type.ToWire()} order needs a positive price and quantity.");
        }
        var price = RoundPrice(order.Price.Value, order.Side, rules, toNearest);
        var quantity = TruncateQuantity(order.Quantity.Value, rules);
        if (price <= 0)
        {
            return Fail(Invalid, $"Price {order.Price} rounds to zero at tick {rules.TickSize}.");
        }
        if (QuantityTooSmall(order.Quantity.Value, quantity, rules) is { } small)
        {
            return Result.Fail<OrderRequest>(small);
        }
        return CheckValue(
            order with
            {
                Price = price,
                Quantity = quantity,
            },
            price * quantity,
            rules.MinOrderValue,
            rules.MaxOrderValue,
            rules
        );
    }

    private static Result<OrderRequest> PrepareMarket(OrderRequest order, SymbolRules rules, decimal? referencePrice)
    {
        if (order.Quantity is > 0 == order.QuoteQuantity is > 0)
        {
            return Fail(
                Invalid,
                "A MARKET order needs either a positive quantity or a positive quote amount, not both."
            );
        }
        if (order.QuoteQuantity is { } quote)
        {
            // Never spend more than asked: the quote amount rounds down to the quote precision.
            var rounded = Math.Round(quote, rules.QuotePrecision, MidpointRounding.ToZero);
            return CheckValue(
                order with
                {
                    QuoteQuantity = rounded,
                    Price = null,
                },
                rounded,
                rules.MinMarketOrderValue,
                rules.MaxMarketOrderValue,
                rules
            );
        }
        var quantity = TruncateQuantity(order.Quantity!.Value, rules);
        if (QuantityTooSmall(order.Quantity.Value, quantity, rules) is { } small)
        {
            return Result.Fail<OrderRequest>(small);
        }
        var prepared = order with { Quantity = quantity, Price = null };
        return referencePrice is > 0
            ? CheckValue(
                prepared,
                quantity * referencePrice.Value,
                rules.MinMarketOrderValue,
                rules.MaxMarketOrderValue,
                rules
            )
            : Result.Ok(prepared);
    }

    private static Failure? QuantityTooSmall(decimal asked, decimal rounded, SymbolRules rules) =>
        rounded > 0 && (rules.BaseSizeStep <= 0 || rounded >= rules.BaseSizeStep)
            ? null
            : new Failure(
                Invalid,
                $"Quantity {asked} of {rules.Symbol} rounds to {rounded}; the smallest step is {rules.QuantityStep}."
            );

    private static Result<OrderRequest> CheckValue(
        OrderRequest order,
        decimal value,
        decimal min,
        decimal max,
        SymbolRules rules
    )
    {
        if (value < min)
        {
            return Fail(
                BelowMinimumValue,
                $"Order value {value} {rules.QuoteAsset} is below the minimum {min} {rules.QuoteAsset} for {rules.Symbol}; not sent."
            );
        }
        if (max > 0 && value > max)
        {
            return Fail(
                AboveMaximumValue,
                $"Order value {value} {rules.QuoteAsset} is above the maximum {max} {rules.QuoteAsset} for {rules.Symbol}; not sent."
            );
        }
        return Result.Ok(order);
    }

    private static Failure? Gate(OrderRequest order, SymbolRules rules)
    {
        if (order.Symbol != rules.Symbol)
        {
            return new Failure(Invalid, $"The order is for {order.Symbol} but the rules are for {rules.Symbol}.");
        }
        if (!rules.IsOnline || !rules.IsApiTradingAllowed)
        {
            return new Failure(NotTradable, $"{rules.Symbol} cannot be traded through the API now.");
        }
        if (!rules.AllowedSides.Contains(order.Side))
        {
            return new Failure(NotTradable, $"{rules.Symbol} does not accept {order.Side.ToWire()} orders now.");
        }
        // IOC and FOK are accepted although exchangeInfo never lists them.
        var listed = order.Type is OrderType.Limit or OrderType.Market or OrderType.LimitMaker;
        return listed && rules.OrderTypes.Count > 0 && !rules.OrderTypes.Contains(order.Type)
            ? new Failure(NotTradable, $"{rules.Symbol} does not accept {order.Type.ToWire()} orders.")
            : null;
    }

    private static Result<OrderRequest> Fail(string code, string message) => Result.Fail<OrderRequest>(code, message);

    [GeneratedRegex("^[0-9a-zA-Z_-]{1,32}$")]
    private static partial Regex ClientIdPattern();
}
