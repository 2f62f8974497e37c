using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Core.Risk.Sizing;

namespace MexcTrader.Core.Risk;

/// <summary>
/// A BUY: gates (tradable, volatility, open positions, correlation), then the size from the sizing method shrunk
/// by every cap in turn (entry size, pair allocation, total exposure, cash, exchange maximum), then the exchange's
/// step (rounded down) and minimum notional. Each configured limit is reported with the value it was compared to.
/// </summary>
internal static class EntryRules
{
    public static RiskVerdict Evaluate(RiskContext context, CorrelationMatrix correlations, TrackRecord? trackRecord)
    {
        var (decision, pair, rules, book, settings, limits) = context;
        var portfolio = settings.Portfolio;
        if (!ExitRules.Tradable(rules, OrderSide.Buy))
        {
            return VerdictFactory.Reject(decision, RiskReasons.NotTradable);
        }
        var atr = pair.Price.AtrFraction;
        // An unknown ATR (warm-up) cannot prove the pair calm, so a configured halt blocks entries until it is known.
        var haltAt = limits.VolatilityHaltAtrFraction;
        if (haltAt > 0 && !(atr > 0 && atr <= haltAt))
        {
            return VerdictFactory.Reject(
                decision,
                RiskReasons.VolatilityHalt,
                new LimitSeen("volatility-halt-atr-fraction", Money(haltAt), Money(atr))
            );
        }
        var price = MexcOrderRules.RoundPrice(pair.Price.LastClose, OrderSide.Buy, rules);
        var equity = book.Equity;
        if (price <= 0 || equity <= 0)
        {
            return VerdictFactory.Reject(decision, price <= 0 ? RiskReasons.NoPrice : RiskReasons.NothingToSize);
        }
        var held = book.Holds(decision.Symbol);
        if (!held && book.OpenPositions >= portfolio.MaxOpenPositions)
        {
            return VerdictFactory.Reject(
                decision,
                RiskReasons.MaxOpenPositions,
                new LimitSeen("max-open-positions", portfolio.MaxOpenPositions, book.OpenPositions)
            );
        }
        var heldValue = book.HeldValue(decision.Symbol);
        var sizing = new Sizing(
            PositionSizer.Size(limits, equity, heldValue, decision.Confidence, atr, decision.TargetWeight, trackRecord)
        );
        if (portfolio.MaxCorrelation < 1)
        {
            var rho = MaxCorrelationWithHoldings(decision.Symbol, book, correlations);
            sizing.Seen.Add(new LimitSeen("max-correlation", Money(portfolio.MaxCorrelation), Money(rho)));
            if (rho > portfolio.MaxCorrelation)
            {
                if (portfolio.CorrelationMode == CorrelationMode.Reject)
                {
                    return sizing.Reject(decision, RiskReasons.Correlation);
                }
                sizing.Scale(Money((1 - rho) / (1 - portfolio.MaxCorrelation)), RiskReasons.Correlation);
            }
        }
        if (sizing.Value <= 0)
        {
            return sizing.Reject(decision, RiskReasons.NothingToSize);
        }
        if (limits.MaxPositionQuote > 0)
        {
            sizing.Cap("max-position-quote", limits.MaxPositionQuote, RiskReasons.MaxPositionSize);
        }
        if (limits.MaxPositionFraction > 0)
        {
            sizing.Cap("max-position", Money(limits.MaxPositionFraction) * equity, RiskReasons.MaxPositionSize);
        }
        sizing.Cap("max-allocation", Money(limits.MaxAllocation) * equity - heldValue, RiskReasons.MaxAllocation);
        sizing.Cap("max-exposure", Money(portfolio.MaxExposure) * equity - book.Exposure, RiskReasons.MaxExposure);
        sizing.Cap("cash", book.Cash * (1 - Money(portfolio.CashReserve)), RiskReasons.Cash);
        var exchangeMax = ExchangeMaximum(rules);
        if (exchangeMax > 0)
        {
            sizing.Cap("max-order-value", exchangeMax, RiskReasons.MaxOrderValue);
        }
        if (sizing.Value <= 0)
        {
            return sizing.Reject(decision, null);
        }
        var quantity = MexcOrderRules.TruncateQuantity(sizing.Value / price, rules);
        var notional = quantity * price;
        var minimum = Math.Max(rules.MinOrderValue, rules.MinMarketOrderValue);
        sizing.Seen.Add(new LimitSeen("min-notional", minimum, notional));
        if (quantity <= 0 || notional < minimum)
        {
            return sizing.Reject(decision, RiskReasons.MinNotional);
        }
        sizing.Reasons.Add(RiskReasons.ExitsAttached);
        return new RiskVerdict(
            decision.Id,
            decision.Symbol,
            decision.Action,
            sizing.Bound ? RiskOutcome.Resized : RiskOutcome.Approved,
            quantity,
            price,
            ExitLevelCalculator.For(price, atr, limits, rules),
            sizing.Reasons,
            sizing.Seen
        );
    }

    /// <summary>Highest correlation with any other open position; unknown correlations count as 0.</summary>
    private static double MaxCorrelationWithHoldings(
        Domain.Symbol symbol,
        WorkingPortfolio book,
        CorrelationMatrix correlations
    )
    {
        var max = double.NegativeInfinity;
        foreach (var open in book.OpenSymbols)
        {
            if (open != symbol)
            {
                max = Math.Max(max, correlations.Between(symbol, open));
            }
        }
        return double.IsNegativeInfinity(max) ? 0 : max;
    }

    private static decimal ExchangeMaximum(SymbolRules rules) =>
        (rules.MaxOrderValue, rules.MaxMarketOrderValue) switch
        {
            (> 0, > 0) => Math.Min(rules.MaxOrderValue, rules.MaxMarketOrderValue),
            (> 0, _) => rules.MaxOrderValue,
            _ => rules.MaxMarketOrderValue,
        };

    private static decimal Money(double value) => double.IsFinite(value) ? (decimal)Math.Round(value, 12) : 0;

    /// <summary>The entry's value as it shrinks through the caps, with the reasons and limits it met.</summary>
    private sealed class Sizing(decimal wanted)
    {
        public decimal Value { get; private set; } = wanted;
        public bool Bound { get; private set; }
        public List<string> Reasons { get; } = new(2);
        public List<LimitSeen> Seen { get; } = new(8);

        public void Cap(string name, decimal cap, string reason)
        {
            Seen.Add(new LimitSeen(name, cap, Value));
            if (cap < Value)
            {
                Value = Math.Max(cap, 0);
                Bound = true;
                if (!Reasons.Contains(reason))
                {
                    Reasons.Add(reason);
                }
            }
        }

        public void Scale(decimal factor, string reason)
        {
            Value *= Math.Clamp(factor, 0, 1);
            Bound = true;
            Reasons.Add(reason);
        }

        public RiskVerdict Reject(Decisions.Decision decision, string? reason)
        {
            if (reason is not null && !Reasons.Contains(reason))
            {
                Reasons.Add(reason);
            }
            return new RiskVerdict(
                decision.Id,
                decision.Symbol,
                decision.Action,
                RiskOutcome.Rejected,
                0,
                0,
                null,
                Reasons,
                Seen
            );
        }
    }
}
