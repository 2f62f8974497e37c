using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.Tradable;

/// <summary>Says whether the exchange lets a pair be traded through its API, before the trader follows it.</summary>
public interface ITradableSymbols
{
    /// <summary>Where the answer comes from, for messages ("MEXC", "the demo sample").</summary>
    string Source { get; }

    /// <summary>
    /// The symbol when tradable; otherwise a failure coded <see cref="TradingPairFailures.UnknownSymbol"/>,
    /// <see cref="TradingPairFailures.NotTradable"/> or (exchange unreachable, transient)
    /// <see cref="TradingPairFailures.TradableListUnavailable"/>.
    /// </summary>
    Task<Result<Symbol>> CheckAsync(Symbol symbol, CancellationToken ct);
}
