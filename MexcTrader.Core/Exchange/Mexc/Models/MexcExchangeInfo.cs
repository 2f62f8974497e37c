namespace MexcTrader.Core.Exchange.Mexc.Models;

/// <summary>MEXC's exchangeInfo: server time and the rules of each pair asked for.</summary>
/// <param name="SkippedSymbols">Pairs whose rules could not be read (for example a symbol name this product rejects).</param>
public sealed record MexcExchangeInfo(
    string? Timezone,
    DateTimeOffset? ServerTime,
    IReadOnlyList<SymbolRules> Symbols,
    IReadOnlyList<string> SkippedSymbols
);
