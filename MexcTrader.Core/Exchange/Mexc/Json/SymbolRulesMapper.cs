using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Models;

namespace MexcTrader.Core.Exchange.Mexc.Json;

/// <summary>exchangeInfo symbols to <see cref="SymbolRules"/> (mexc-api.md section 7.1).</summary>
internal static class SymbolRulesMapper
{
    public static MexcExchangeInfo ToExchangeInfo(WireExchangeInfo wire)
    {
        var rules = new List<SymbolRules>();
        var skipped = new List<string>();
        foreach (var symbol in wire.Symbols)
        {
            if (Symbol.TryParse(symbol.Symbol, out var parsed))
            {
                rules.Add(ToRules(symbol, parsed.Value));
            }
            else
            {
                skipped.Add(symbol.Symbol ?? "");
            }
        }
        return new MexcExchangeInfo(wire.Timezone, MexcWireMapper.Time(wire.ServerTime), rules, skipped);
    }

    private static SymbolRules ToRules(WireSymbol s, Symbol symbol) =>
        new(
            symbol,
            s.BaseAsset ?? "",
            s.QuoteAsset ?? "",
            s.BaseAssetPrecision,
            s.QuotePrecision,
            s.QuoteAssetPrecision ?? s.QuotePrecision,
            s.BaseSizePrecision is > 0 and var step ? step : 0m,
            s.QuoteAmountPrecision ?? 0m,
            s.QuoteAmountPrecisionMarket ?? s.QuoteAmountPrecision ?? 0m,
            s.MaxQuoteAmount ?? 0m,
            s.MaxQuoteAmountMarket ?? 0m,
            [
                .. (s.OrderTypes ?? [])
                    .Select(t => MexcEnumNames.TryParseType(t, out var type) ? (OrderType?)type : null)
                    .OfType<OrderType>(),
            ],
            IsOnline(s.Status),
            s.IsSpotTradingAllowed ?? false,
            Sides(s.TradeSideType),
            s.MakerCommission ?? 0m,
            s.TakerCommission ?? 0m
        );

    // "1" online, "2" paused, "3" offline; captures before 2024-08 say "ENABLED".
    private static bool IsOnline(string? status) =>
        status is "1" || string.Equals(status, "ENABLED", StringComparison.OrdinalIgnoreCase);

    // 1 both sides, 2 buy only, 3 sell only, 4 closed; absent in older captures, which traded both ways.
    private static OrderSide[] Sides(string? tradeSideType) =>
        tradeSideType switch
        {
            null or "" or "1" => [OrderSide.Buy, OrderSide.Sell],
            "2" => [OrderSide.Buy],
            "3" => [OrderSide.Sell],
            _ => [],
        };
}
