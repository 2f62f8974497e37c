using System.Text.RegularExpressions;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

public sealed partial class SimulatedExchange
{
    /// <summary>Checks an order as MEXC would, in the spec's order (section 13), without placing it (order/test).</summary>
    public Result<bool> TestOrder(NewOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (_gate)
        {
            return Validate(order, out _) is { } failure ? Result.Fail<bool>(failure) : Result.Ok(true);
        }
    }

    private Failure? Validate(NewOrder order, out MarketState market)
    {
        if (!_markets.TryGetValue(order.Symbol, out market!))
        {
            return Rejections.UnknownSymbol(order.Symbol);
        }
        var rules = market.Rules;
        if (!rules.SpotTradingAllowed)
        {
            return Rejections.Of(Rejections.BadSymbol, "bad symbol");
        }
        return CheckParameters(order, rules)
            ?? CheckClientId(order.ClientOrderId)
            ?? CheckValue(order, market)
            ?? CheckFunds(order, market)
            ?? CheckPostOnly(order, market);
    }

    private static Failure? CheckParameters(NewOrder order, SimulatedSymbolRules rules)
    {
        var isMarket = order.Type == OrderType.Market;
        if (isMarket ? order.Quantity is null && order.QuoteOrderQty is null : order.Quantity is null)
        {
            return Rejections.Missing("quantity");
        }
        if (!isMarket && order.Price is null)
        {
            return Rejections.Missing("price");
        }
        if (order.Quantity <= 0 || order.Price <= 0 || order.QuoteOrderQty <= 0)
        {
            return Rejections.Of(Rejections.NotPositive, "Amount cannot be zero or negative.");
        }
        if (order.Price is { } price && DecimalMath.Places(price) > rules.QuotePrecision)
        {
            return Rejections.Of(Rejections.TooManyDecimals, $"Price has more than {rules.QuotePrecision} decimals.");
        }
        if (order.QuoteOrderQty is { } quote && DecimalMath.Places(quote) > rules.QuotePrecision)
        {
            return Rejections.Of(Rejections.TooManyDecimals, $"Amount has more than {rules.QuotePrecision} decimals.");
        }
        if (
            order.Quantity is { } qty
            && (
                DecimalMath.Places(qty) > rules.BaseAssetPrecision
                || !DecimalMath.IsMultipleOf(qty, rules.BaseSizePrecision)
            )
        )
        {
            return Rejections.Of(
                Rejections.TooManyDecimals,
                $"Quantity must have at most {rules.BaseAssetPrecision} decimals and be a multiple of {Text(rules.BaseSizePrecision)}."
            );
        }
        return null;
    }

    private Failure? CheckClientId(string? clientId)
    {
        if (clientId is null)
        {
            return null;
        }
        if (!ClientIdPattern().IsMatch(clientId))
        {
            return Rejections.Of(700008, "Illegal characters found in parameter 'newClientOrderId'.");
        }
        var taken =
            _byClientId.TryGetValue(clientId, out var previous)
            && (previous.IsOpen || Now() - previous.UpdateTime < _options.ClientIdWindow);
        return taken ? Rejections.Of(Rejections.DuplicateOrder, "Duplicate order sent.") : null;
    }

    private Failure? CheckValue(NewOrder order, MarketState market)
    {
        var rules = market.Rules;
        var isMarket = order.Type == OrderType.Market;
        decimal value;
        if (isMarket)
        {
            var opposite = market.Book.Best(order.Side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy);
            if (opposite is null)
            {
                return Rejections.Of(
                    market.LastPrice is null ? 30010 : Rejections.NoOppositeOrder,
                    "No valid trade price."
                );
            }
            value = order.QuoteOrderQty ?? order.Quantity!.Value * opposite.Value;
        }
        else
        {
            value = order.Price!.Value * order.Quantity!.Value;
        }
        var (min, max) = isMarket
            ? (rules.MinQuoteAmountMarket, rules.MaxQuoteAmountMarket)
            : (rules.MinQuoteAmount, rules.MaxQuoteAmount);
        if (value < min)
        {
            return Rejections.Of(
                Rejections.BelowMinimum,
                $"Order amount cannot be less than:{Text(min)}{rules.QuoteAsset}"
            );
        }
        if (value > max)
        {
            return Rejections.Of(
                Rejections.AboveMaximum,
                $"Order amount cannot be more than:{Text(max)}{rules.QuoteAsset}"
            );
        }
        return _markets.Values.Sum(m => m.Resting.Count) >= _options.MaxOpenOrders
            ? Rejections.Of(Rejections.TooManyOpenOrders, "Maximum number of open orders exceeded.")
            : null;
    }

    private Failure? CheckFunds(NewOrder order, MarketState market)
    {
        var rules = market.Rules;
        decimal needed;
        string asset;
        if (order.Side == OrderSide.Sell)
        {
            asset = rules.BaseAsset;
            needed =
                order.Quantity
                ?? market.Book.Preview(OrderSide.Sell, null, order.QuoteOrderQty, null).Sum(f => f.Quantity);
        }
        else
        {
            asset = rules.QuoteAsset;
            needed = order.Type switch
            {
                OrderType.Market => order.QuoteOrderQty
                    ?? market.Book.Preview(OrderSide.Buy, order.Quantity, null, null).Sum(f => f.Quote),
                _ => order.Price!.Value * order.Quantity!.Value,
            };
        }
        return _wallet.Free(asset) < needed
            ? Rejections.Of(Rejections.InsufficientBalance, "Insufficient balance.")
            : null;
    }

    private static Failure? CheckPostOnly(NewOrder order, MarketState market)
    {
        if (order.Type != OrderType.LimitMaker)
        {
            return null;
        }
        var wouldTake = market.Book.Preview(order.Side, null, null, order.Price).Count > 0;
        return wouldTake
            ? Rejections.Of(Rejections.OrderTypeNotAllowed, "Post-only order would immediately match and take.")
            : null;
    }

    [GeneratedRegex("^[0-9a-zA-Z_-]{1,32}$")]
    private static partial Regex ClientIdPattern();
}
