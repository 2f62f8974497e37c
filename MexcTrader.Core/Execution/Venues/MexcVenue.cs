using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Exchange.Mexc;

namespace MexcTrader.Core.Execution.Venues;

/// <summary>
/// MEXC spot through its REST client; pointed at the wire simulator it is the full live code path offline. Order
/// state arrives by REST polling (the order manager's back-up), plus whatever <paramref name="pushes"/> delivers.
/// </summary>
/// <param name="pushes">Private order and deal pushes (the listen-key stream), when the host runs one.</param>
public sealed class MexcVenue(MexcRestClient client, IAsyncEnumerable<VenueEvent>? pushes = null) : ITradingVenue
{
    // MEXC answers myTrades with 100 rows at most per call
    private const int TradesPage = 100;
    private readonly ConcurrentDictionary<Symbol, SymbolRules> _rules = new();

    public async Task<Result<OrderAck>> PlaceAsync(OrderRequest order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.ClientOrderId is not { } id)
        {
            throw new ArgumentException(
                "Execution always names its orders: a client order id is required.",
                nameof(order)
            );
        }
        var rules = await GetSymbolRulesAsync(order.Symbol, ct).ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            return Result.Fail<OrderAck>(rules.Failure);
        }
        var placed = await client.PlaceOrderIdempotentAsync(order, rules.Value, ct).ConfigureAwait(false);
        if (
            placed.IsSuccess
            || VenueFailures.IsOutcomeUnknown(placed.Failure)
            || placed.Failure.Code.StartsWith("order.", StringComparison.Ordinal)
        )
        {
            return placed;
        }
        // MEXC refuses a repeated client id: when the id is already there, that order is the answer
        var earlier = await client.GetOrderByClientIdAsync(order.Symbol, id, ct).ConfigureAwait(false);
        return earlier.IsSuccess ? Result.Ok(OrderAck.Of(earlier.Value)) : placed;
    }

    public async Task<Result<ExchangeOrder>> CancelAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
        NotFoundAsVenue(
            await client.CancelOrderByClientIdAsync(symbol, clientOrderId, ct).ConfigureAwait(false),
            clientOrderId
        );

    public async Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
        NotFoundAsVenue(
            await client.GetOrderByClientIdAsync(symbol, clientOrderId, ct).ConfigureAwait(false),
            clientOrderId
        );

    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken ct) =>
        client.GetOpenOrdersAsync(symbol, ct);

    public async Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesSinceAsync(
        Symbol symbol,
        DateTimeOffset since,
        CancellationToken ct
    )
    {
        var all = new List<ExchangeTrade>();
        var from = since;
        while (true)
        {
            var page = await client.GetMyTradesAsync(symbol, null, from, null, TradesPage, ct).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return page;
            }
            var fresh = page.Value.Where(t => all.TrueForAll(a => a.TradeId != t.TradeId)).ToList();
            all.AddRange(fresh);
            if (page.Value.Count < TradesPage || fresh.Count == 0)
            {
                break;
            }
            from = page.Value.Max(t => t.Time);
        }
        return Result.Ok<IReadOnlyList<ExchangeTrade>>([.. all.OrderBy(t => t.Time)]);
    }

    public async Task<Result<IReadOnlyList<ExchangeTrade>>> GetOrderTradesAsync(
        Symbol symbol,
        string orderId,
        CancellationToken ct
    )
    {
        var trades = await client.GetMyTradesAsync(symbol, orderId, null, null, TradesPage, ct).ConfigureAwait(false);
        return trades.IsSuccess
            ? Result.Ok<IReadOnlyList<ExchangeTrade>>([.. trades.Value.OrderBy(t => t.Time)])
            : trades;
    }

    public async Task<Result<IReadOnlyList<AccountBalance>>> GetBalancesAsync(CancellationToken ct)
    {
        var account = await client.GetAccountAsync(ct).ConfigureAwait(false);
        return account.IsSuccess
            ? Result.Ok(account.Value.Balances)
            : Result.Fail<IReadOnlyList<AccountBalance>>(account.Failure);
    }

    public async Task<Result<SymbolRules>> GetSymbolRulesAsync(Symbol symbol, CancellationToken ct)
    {
        if (_rules.TryGetValue(symbol, out var cached))
        {
            return Result.Ok(cached);
        }
        var fetched = await client.GetSymbolRulesAsync(symbol, ct).ConfigureAwait(false);
        if (fetched.IsSuccess)
        {
            _rules[symbol] = fetched.Value;
        }
        return fetched;
    }

    public async IAsyncEnumerable<VenueEvent> EventsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (pushes is null)
        {
            yield break;
        }
        await foreach (var push in pushes.WithCancellation(ct).ConfigureAwait(false))
        {
            yield return push;
        }
    }

    private static Result<ExchangeOrder> NotFoundAsVenue(Result<ExchangeOrder> result, string clientOrderId) =>
        !result.IsSuccess && result.Failure.Code == MexcErrorCodes.OrderNotFound
            ? Result.Fail<ExchangeOrder>(VenueFailures.NotFound(clientOrderId))
            : result;
}
