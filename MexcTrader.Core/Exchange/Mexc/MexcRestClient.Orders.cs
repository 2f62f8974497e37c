using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Json;

namespace MexcTrader.Core.Exchange.Mexc;

public sealed partial class MexcRestClient
{
    /// <summary>Fits the order to the pair's rules and sends it once; refused locally if MEXC would refuse it.</summary>
    public async Task<Result<OrderAck>> PlaceOrderAsync(OrderRequest order, SymbolRules rules, CancellationToken ct)
    {
        var prepared = MexcOrderRules.Prepare(order, rules);
        if (!prepared.IsSuccess)
        {
            return Result.Fail<OrderAck>(prepared.Failure);
        }
        return await SendOrderAsync(prepared.Value, ct).ConfigureAwait(false);
    }

    /// <summary>Validates the order at MEXC (POST order/test) without it reaching the matching engine.</summary>
    public async Task<Result<bool>> TestOrderAsync(OrderRequest order, SymbolRules rules, CancellationToken ct)
    {
        var prepared = MexcOrderRules.Prepare(order, rules);
        if (!prepared.IsSuccess)
        {
            return Result.Fail<bool>(prepared.Failure);
        }
        var query = OrderQuery(
            prepared.Value with
            {
                ClientOrderId = prepared.Value.ClientOrderId ?? NewClientOrderId(),
            }
        );
        return await SendAsync(
                HttpMethod.Post,
                "/api/v3/order/test",
                query,
                true,
                Json.DictionaryStringString,
                _ => true,
                ct
            )
            .ConfigureAwait(false);
    }

    public Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string orderId, CancellationToken ct) =>
        Signed(
            HttpMethod.Get,
            "/api/v3/order",
            SymbolQuery(symbol).Add("orderId", orderId),
            Json.WireOrder,
            MexcWireMapper.ToOrder,
            ct
        );

    public Task<Result<ExchangeOrder>> GetOrderByClientIdAsync(
        Symbol symbol,
        string clientOrderId,
        CancellationToken ct
    ) =>
        Signed(
            HttpMethod.Get,
            "/api/v3/order",
            SymbolQuery(symbol).Add("origClientOrderId", clientOrderId),
            Json.WireOrder,
            MexcWireMapper.ToOrder,
            ct
        );

    public Task<Result<ExchangeOrder>> CancelOrderAsync(Symbol symbol, string orderId, CancellationToken ct) =>
        Signed(
            HttpMethod.Delete,
            "/api/v3/order",
            SymbolQuery(symbol).Add("orderId", orderId),
            Json.WireOrder,
            MexcWireMapper.ToOrder,
            ct
        );

    public Task<Result<ExchangeOrder>> CancelOrderByClientIdAsync(
        Symbol symbol,
        string clientOrderId,
        CancellationToken ct
    ) =>
        Signed(
            HttpMethod.Delete,
            "/api/v3/order",
            SymbolQuery(symbol).Add("origClientOrderId", clientOrderId),
            Json.WireOrder,
            MexcWireMapper.ToOrder,
            ct
        );

    /// <summary>Cancels every open order of the pair; returns the cancelled orders.</summary>
    public Task<Result<IReadOnlyList<ExchangeOrder>>> CancelAllOrdersAsync(Symbol symbol, CancellationToken ct) =>
        Signed(HttpMethod.Delete, "/api/v3/openOrders", SymbolQuery(symbol), Json.ListWireOrder, Orders, ct);

    /// <summary>Open orders of one pair, or of the whole account when <paramref name="symbol"/> is null.</summary>
    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken ct) =>
        Signed(
            HttpMethod.Get,
            "/api/v3/openOrders",
            new MexcQuery().AddIf("symbol", symbol?.Value),
            Json.ListWireOrder,
            Orders,
            ct
        );

    /// <summary>Orders of a pair; MEXC looks back 24 hours by default and 7 days at most.</summary>
    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetAllOrdersAsync(
        Symbol symbol,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? limit,
        CancellationToken ct
    ) =>
        Signed(
            HttpMethod.Get,
            "/api/v3/allOrders",
            RangeQuery(symbol, from, to, limit, 1000),
            Json.ListWireOrder,
            Orders,
            ct
        );

    private async Task<Result<OrderAck>> SendOrderAsync(OrderRequest order, CancellationToken ct)
    {
        var sent = order.ClientOrderId is null ? order with { ClientOrderId = NewClientOrderId() } : order;
        return await Signed(
                HttpMethod.Post,
                "/api/v3/order",
                OrderQuery(sent),
                Json.WireOrderAck,
                a => MexcWireMapper.ToAck(a, sent),
                ct
            )
            .ConfigureAwait(false);
    }

    private static MexcQuery OrderQuery(OrderRequest order) =>
        SymbolQuery(order.Symbol)
            .Add("side", order.Side.ToWire())
            .Add("type", order.Type.ToWire())
            .AddIf("quantity", order.Quantity)
            .AddIf("quoteOrderQty", order.QuoteQuantity)
            .AddIf("price", order.Price)
            .AddIf("newClientOrderId", order.ClientOrderId);

    private static MexcQuery RangeQuery(
        Symbol symbol,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? limit,
        int maxLimit
    ) =>
        SymbolQuery(symbol)
            .AddIf("startTime", from?.ToUnixTimeMilliseconds())
            .AddIf("endTime", to?.ToUnixTimeMilliseconds())
            .AddIf("limit", limit is { } l ? Math.Clamp(l, 1, maxLimit) : null);

    private static IReadOnlyList<ExchangeOrder> Orders(List<WireOrder> rows) =>
        [.. rows.Select(MexcWireMapper.ToOrder)];

    /// <summary>32 hex characters: inside MEXC's accepted pattern and unique enough to be an idempotency key.</summary>
    public static string NewClientOrderId() => Guid.NewGuid().ToString("N");

    private Task<Result<TOut>> Signed<TWire, TOut>(
        HttpMethod method,
        string path,
        MexcQuery query,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<TWire> type,
        Func<TWire, TOut> map,
        CancellationToken ct
    ) => SendAsync(method, path, query, signed: true, type, map, ct);
}
