using MexcTrader.Core.Decisions;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Core.Risk;

/// <summary>
/// CLOSE sells the whole holding, SELL a part (down to the target weight, or the configured share). Exits are
/// allowed in ACTIVE and REDUCING; the quantity is rounded down to the step and must reach the minimum notional.
/// </summary>
internal static class ExitRules
{
    public static RiskVerdict Evaluate(RiskContext context)
    {
        var (decision, pair, rules, book, _, limits) = context;
        var held = book.HeldQuantity(decision.Symbol);
        if (held <= 0)
        {
            return VerdictFactory.Reject(decision, RiskReasons.NoPosition);
        }
        if (!Tradable(rules, OrderSide.Sell))
        {
            return VerdictFactory.Reject(decision, RiskReasons.NotTradable);
        }
        var price = MexcOrderRules.RoundPrice(pair.Price.LastClose, OrderSide.Sell, rules, toNearest: true);
        if (price <= 0)
        {
            return VerdictFactory.Reject(decision, RiskReasons.NoPrice);
        }
        var wanted = decision.Action switch
        {
            DecisionAction.Close => held,
            _ when decision.TargetWeight is { } weight && double.IsFinite(weight) => held
                - (decimal)Math.Clamp(weight, 0, 1) * book.Equity / price,
            _ => held * (decimal)limits.ReduceFraction,
        };
        var quantity = Math.Min(MexcOrderRules.TruncateQuantity(Math.Clamp(wanted, 0, held), rules), held);
        var notional = quantity * price;
        var minimum = Math.Max(rules.MinOrderValue, rules.MinMarketOrderValue);
        if (quantity <= 0 || notional < minimum)
        {
            return VerdictFactory.Reject(
                decision,
                RiskReasons.MinNotional,
                new LimitSeen("min-notional", minimum, notional)
            );
        }
        return new RiskVerdict(
            decision.Id,
            decision.Symbol,
            decision.Action,
            RiskOutcome.Approved,
            quantity,
            price,
            null,
            [],
            [new LimitSeen("held-quantity", held, quantity)]
        );
    }

    public static bool Tradable(SymbolRules rules, OrderSide side) =>
        rules.IsOnline && rules.IsApiTradingAllowed && rules.AllowedSides.Contains(side);
}
