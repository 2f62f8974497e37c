using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.Tradable;

/// <summary>A fixed list of tradable pairs: demo mode answers from the bundled sample's pairs, with no exchange.</summary>
public sealed class FixedTradableSymbols(string source, IEnumerable<Symbol> symbols) : ITradableSymbols
{
    private readonly HashSet<Symbol> _symbols = symbols.ToHashSet();

    public string Source { get; } = source;

    public IReadOnlyList<Symbol> Symbols => [.. _symbols.OrderBy(s => s.Value, StringComparer.Ordinal)];

    public Task<Result<Symbol>> CheckAsync(Symbol symbol, CancellationToken ct) =>
        Task.FromResult(
            _symbols.Contains(symbol)
                ? Result.Ok(symbol)
                : Result.Fail<Symbol>(
                    TradingPairFailures.UnknownSymbol,
                    $"{symbol} is not one of the pairs {Source} offers ({string.Join(", ", Symbols)})."
                )
        );
}
