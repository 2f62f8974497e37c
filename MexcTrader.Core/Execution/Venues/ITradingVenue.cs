using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;

namespace MexcTrader.Core.Execution.Venues;

/// <summary>Where orders go: MEXC (or the wire simulator, which is MEXC over loopback) or the in-process simulated exchange.</summary>
public interface ITradingVenue
{
    /// <summary>Places a prepared order once per client order id: a repeat returns the order already placed.</summary>
    Task<Result<OrderAck>> PlaceAsync(OrderRequest order, CancellationToken ct);

    Task<Result<ExchangeOrder>> CancelAsync(Symbol symbol, string clientOrderId, CancellationToken ct);

    /// <summary>The order by our client id; failure code <see cref="VenueFailures.OrderNotFound"/> when it never landed.</summary>
    Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct);

    Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken ct);

    /// <summary>The account's fills of a pair at or after <paramref name="since"/>, oldest first.</summary>
    Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesSinceAsync(
        Symbol symbol,
        DateTimeOffset since,
        CancellationToken ct
    );

    /// <summary>The fills of one order (by the venue's order id), oldest first.</summary>
    Task<Result<IReadOnlyList<ExchangeTrade>>> GetOrderTradesAsync(Symbol symbol, string orderId, CancellationToken ct);

    Task<Result<IReadOnlyList<AccountBalance>>> GetBalancesAsync(CancellationToken ct);

    Task<Result<SymbolRules>> GetSymbolRulesAsync(Symbol symbol, CancellationToken ct);

    /// <summary>Order updates and fills as the venue pushes them, until cancelled; may be empty (then polling is all).</summary>
    IAsyncEnumerable<VenueEvent> EventsAsync(CancellationToken ct);
}

/// <summary>Something the venue pushed about one of our orders.</summary>
public abstract record VenueEvent;

public sealed record VenueOrderUpdated(ExchangeOrder Order) : VenueEvent;

public sealed record VenueFilled(ExchangeTrade Trade) : VenueEvent;
