using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Core.MarketData.Tradable;

/// <summary>
/// MEXC's API-tradable list (GET /api/v3/defaultSymbols), kept for <see cref="CacheFor"/>; a pair missing from it is
/// told apart as listed-but-not-API-tradable or unknown by asking exchangeInfo about that one pair.
/// </summary>
public sealed class MexcTradableSymbols(MexcRestClient client, TimeProvider clock) : ITradableSymbols
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    // Two checks at once may both fetch; that costs one extra request and needs no lock.
    private volatile Snapshot? _cached;

    public string Source => "MEXC";

    public async Task<Result<Symbol>> CheckAsync(Symbol symbol, CancellationToken ct)
    {
        var tradable = await TradableAsync(ct).ConfigureAwait(false);
        if (!tradable.IsSuccess)
        {
            return Result.Fail<Symbol>(
                new Failure(
                    TradingPairFailures.TradableListUnavailable,
                    $"Could not fetch MEXC's API-tradable pairs ({tradable.Failure.Message}); nothing was changed, try again.",
                    IsTransient: true
                )
            );
        }
        if (tradable.Value.Contains(symbol))
        {
            return Result.Ok(symbol);
        }
        var rules = await client.GetSymbolRulesAsync(symbol, ct).ConfigureAwait(false);
        return rules.IsSuccess
            ? Result.Fail<Symbol>(
                TradingPairFailures.NotTradable,
                $"{symbol} is listed on MEXC but cannot be traded through the API (it is not in MEXC's defaultSymbols)."
            )
            : Result.Fail<Symbol>(
                TradingPairFailures.UnknownSymbol,
                $"{symbol} is not a MEXC pair that can be traded through the API."
            );
    }

    private async Task<Result<IReadOnlySet<Symbol>>> TradableAsync(CancellationToken ct)
    {
        if (_cached is { } cached && clock.GetUtcNow() - cached.FetchedAt < CacheFor)
        {
            return Result.Ok(cached.Symbols);
        }
        var fetched = await client.GetApiTradableSymbolsAsync(ct).ConfigureAwait(false);
        if (!fetched.IsSuccess)
        {
            return Result.Fail<IReadOnlySet<Symbol>>(fetched.Failure);
        }
        var snapshot = new Snapshot(fetched.Value.ToHashSet(), clock.GetUtcNow());
        _cached = snapshot;
        return Result.Ok(snapshot.Symbols);
    }

    private sealed record Snapshot(IReadOnlySet<Symbol> Symbols, DateTimeOffset FetchedAt);
}
