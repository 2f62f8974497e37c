using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

public sealed partial class SimulatedExchange
{
    /// <summary>One order by exchange id or client id (one of them is required).</summary>
    public Result<OrderView> GetOrder(Symbol symbol, string? orderId, string? clientOrderId)
    {
        lock (_gate)
        {
            return Find(symbol, orderId, clientOrderId);
        }
    }

    /// <summary>Open orders of a symbol, or of every symbol when none is given; oldest first.</summary>
    public IReadOnlyList<OrderView> OpenOrders(Symbol? symbol = null)
    {
        lock (_gate)
        {
            return [.. _orders.Where(o => o.IsOpen && (symbol is null || o.Symbol == symbol)).Select(o => o.ToView())];
        }
    }

    /// <summary>Orders of a symbol created in [from, to], oldest first, at most <paramref name="limit"/> (the newest).</summary>
    public IReadOnlyList<OrderView> AllOrders(Symbol symbol, DateTimeOffset? from, DateTimeOffset? to, int limit)
    {
        lock (_gate)
        {
            var matching = _orders
                .Where(o => o.Symbol == symbol && (from is null || o.Time >= from) && (to is null || o.Time <= to))
                .Select(o => o.ToView())
                .ToList();
            return matching.Skip(Math.Max(0, matching.Count - limit)).ToList();
        }
    }

    /// <summary>The account's fills of a symbol, oldest first, at most <paramref name="limit"/> (the newest).</summary>
    public IReadOnlyList<UserTrade> MyTrades(
        Symbol symbol,
        string? orderId,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int limit
    )
    {
        lock (_gate)
        {
            var matching = _trades
                .Where(t =>
                    t.Symbol == symbol
                    && (orderId is null || t.OrderId == orderId)
                    && (from is null || t.Time >= from)
                    && (to is null || t.Time <= to)
                )
                .ToList();
            return matching.Skip(Math.Max(0, matching.Count - limit)).ToList();
        }
    }

    private Result<OrderView> Find(Symbol symbol, string? orderId, string? clientOrderId)
    {
        if (!_markets.ContainsKey(symbol))
        {
            return Result.Fail<OrderView>(Rejections.UnknownSymbol(symbol));
        }
        if (string.IsNullOrEmpty(orderId) && string.IsNullOrEmpty(clientOrderId))
        {
            return Result.Fail<OrderView>(Rejections.Missing("orderId or origClientOrderId"));
        }
        SimOrder? sim = null;
        if (!string.IsNullOrEmpty(orderId))
        {
            _byId.TryGetValue(orderId, out sim);
        }
        else if (clientOrderId is not null)
        {
            _byClientId.TryGetValue(clientOrderId, out sim);
        }
        return sim is not null && sim.Symbol == symbol
            ? Result.Ok(sim.ToView())
            : Result.Fail<OrderView>(Rejections.OrderNotFound());
    }
}
