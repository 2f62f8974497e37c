using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Json;

namespace MexcTrader.Core.Exchange.Mexc;

public sealed partial class MexcRestClient
{
    public Task<Result<ExchangeAccount>> GetAccountAsync(CancellationToken ct) =>
        Signed(HttpMethod.Get, "/api/v3/account", new MexcQuery(), Json.WireAccount, MexcWireMapper.ToAccount, ct);

    /// <summary>Our fills on a pair (last month at most; MEXC returns 100 per call at most).</summary>
    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetMyTradesAsync(
        Symbol symbol,
        string? orderId,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? limit,
        CancellationToken ct
    ) =>
        Signed<List<WireMyTrade>, IReadOnlyList<ExchangeTrade>>(
            HttpMethod.Get,
            "/api/v3/myTrades",
            RangeQuery(symbol, from, to, limit, 100).AddIf("orderId", orderId),
            Json.ListWireMyTrade,
            rows => [.. rows.Select(MexcWireMapper.ToTrade)],
            ct
        );

    /// <summary>Opens a user data stream; the key lives 60 minutes unless kept alive.</summary>
    public Task<Result<string>> CreateListenKeyAsync(CancellationToken ct) =>
        Signed(HttpMethod.Post, "/api/v3/userDataStream", new MexcQuery(), Json.WireListenKey, ListenKeyOf, ct);

    /// <summary>Extends the key's life to 60 minutes from now; send every 30 minutes.</summary>
    public Task<Result<string>> KeepAliveListenKeyAsync(string listenKey, CancellationToken ct) =>
        Signed(
            HttpMethod.Put,
            "/api/v3/userDataStream",
            new MexcQuery().Add("listenKey", listenKey),
            Json.WireListenKey,
            ListenKeyOf,
            ct
        );

    public Task<Result<string>> DeleteListenKeyAsync(string listenKey, CancellationToken ct) =>
        Signed(
            HttpMethod.Delete,
            "/api/v3/userDataStream",
            new MexcQuery().Add("listenKey", listenKey),
            Json.WireListenKey,
            ListenKeyOf,
            ct
        );

    private static string ListenKeyOf(WireListenKey key) =>
        key.ListenKey is { Length: > 0 } value ? value : throw new FormatException("The answer carries no listenKey.");
}
