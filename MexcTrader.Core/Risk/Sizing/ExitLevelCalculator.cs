using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.Risk.Settings;

namespace MexcTrader.Core.Risk.Sizing;

/// <summary>Stop-loss, take-profit and trailing-stop levels for a long entry, to the pair's tick.</summary>
public static class ExitLevelCalculator
{
    public static ExitLevels For(decimal entryPrice, double atrFraction, PairLimits limits, SymbolRules rules)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(rules);
        // In ATR units a distance of k means k × ATR; ATR is carried as a fraction of price.
        var unit = limits.ExitUnit == ExitUnit.AtrMultiple ? Math.Max(atrFraction, 0) : 1.0;
        var tick = rules.TickSize;
        var stopDistance = Distance(entryPrice, limits.StopLoss * unit);
        var stop = MexcOrderRules.RoundPrice(entryPrice - stopDistance, OrderSide.Sell, rules);
        // A stop that rounds onto or above the entry would fire at once; keep it at least one tick below.
        stop = Math.Min(stop, entryPrice - tick);
        var take = MexcOrderRules.RoundPrice(
            entryPrice + Distance(entryPrice, limits.TakeProfit * unit),
            OrderSide.Sell,
            rules
        );
        take = Math.Max(take, entryPrice + tick);
        var trail = Math.Max(tick, Math.Round(Distance(entryPrice, limits.TrailingStop * unit), rules.QuotePrecision));
        return new ExitLevels(Math.Max(stop, 0), take, trail);
    }

    private static decimal Distance(decimal price, double fraction) =>
        double.IsFinite(fraction) && fraction > 0 ? price * (decimal)Math.Min(fraction, 0.999) : 0;
}
