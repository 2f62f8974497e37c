using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Json;
using MexcTrader.Core.Exchange.Mexc.Models;
using Microsoft.Extensions.Logging;

namespace MexcTrader.Core.Exchange.Mexc;

public sealed partial class MexcRestClient
{
    private static readonly MexcJsonContext Json = MexcJsonContext.Default;

    /// <summary>Round-trip time of GET /api/v3/ping.</summary>
    public async Task<Result<TimeSpan>> PingAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var result = await PublicAsync("/api/v3/ping", null, Json.DictionaryStringString, _ => 0, ct)
            .ConfigureAwait(false);
        return result.IsSuccess ? Result.Ok(time.GetElapsedTime(started)) : Result.Fail<TimeSpan>(result.Failure);
    }

    public Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken ct) =>
        PublicAsync("/api/v3/time", null, Json.WireServerTime, t => MexcWireMapper.Time(t.ServerTime), ct);

    /// <summary>Measures the offset to MEXC's clock at the round trip's midpoint; signed calls use it.</summary>
    public async Task<Result<TimeSpan>> SyncTimeAsync(CancellationToken ct)
    {
        var sentAt = time.GetUtcNow();
        var server = await GetServerTimeAsync(ct).ConfigureAwait(false);
        if (!server.IsSuccess)
        {
            return Result.Fail<TimeSpan>(server.Failure);
        }
        var offset = clock.Record(sentAt, time.GetUtcNow(), server.Value);
        log.LogDebug("MEXC clock offset {OffsetMs} ms", offset.TotalMilliseconds);
        return Result.Ok(offset);
    }

    /// <summary>Rules of the given pairs, or of every pair when none is given.</summary>
    public Task<Result<MexcExchangeInfo>> GetExchangeInfoAsync(
        IReadOnlyCollection<Symbol>? symbols,
        CancellationToken ct
    )
    {
        var query = new MexcQuery();
        if (symbols is { Count: 1 })
        {
            query.Add("symbol", symbols.First().Value);
        }
        else if (symbols is { Count: > 1 })
        {
            query.Add("symbols", string.Join(',', symbols.Select(s => s.Value)));
        }
        return PublicAsync("/api/v3/exchangeInfo", query, Json.WireExchangeInfo, SymbolRulesMapper.ToExchangeInfo, ct);
    }

    public async Task<Result<SymbolRules>> GetSymbolRulesAsync(Symbol symbol, CancellationToken ct)
    {
        var info = await GetExchangeInfoAsync([symbol], ct).ConfigureAwait(false);
        if (!info.IsSuccess)
        {
            return Result.Fail<SymbolRules>(info.Failure);
        }
        return info.Value.Symbols.FirstOrDefault(r => r.Symbol == symbol) is { } rules
            ? Result.Ok(rules)
            : Result.Fail<SymbolRules>(MexcErrorCodes.InvalidSymbol, $"MEXC lists no pair {symbol}.");
    }

    /// <summary>Pairs that MEXC allows to be traded through the API (defaultSymbols).</summary>
    public async Task<Result<IReadOnlyList<Symbol>>> GetApiTradableSymbolsAsync(CancellationToken ct)
    {
        var wrapped = await PublicAsync("/api/v3/defaultSymbols", null, Json.WireWrappedListString, w => w, ct)
            .ConfigureAwait(false);
        if (!wrapped.IsSuccess)
        {
            return Result.Fail<IReadOnlyList<Symbol>>(wrapped.Failure);
        }
        if (wrapped.Value.Code is { } code and not 0 and not 200)
        {
            return Result.Fail<IReadOnlyList<Symbol>>(MexcErrorCodes.ToFailure(code, wrapped.Value.Msg));
        }
        IReadOnlyList<Symbol> symbols =
        [
            .. (wrapped.Value.Data ?? []).Select(s => Symbol.TryParse(s, out var p) ? p : null).OfType<Symbol>(),
        ];
        return Result.Ok(symbols);
    }

    public Task<Result<OrderBookSnapshot>> GetOrderBookAsync(Symbol symbol, int limit, CancellationToken ct) =>
        PublicAsync(
            "/api/v3/depth",
            new MexcQuery().Add("symbol", symbol.Value).Add("limit", Math.Clamp(limit, 1, 5000)),
            Json.WireDepth,
            MexcWireMapper.ToBook,
            ct
        );

    public Task<Result<IReadOnlyList<PublicTrade>>> GetRecentTradesAsync(
        Symbol symbol,
        int limit,
        CancellationToken ct
    ) =>
        PublicAsync<List<WireTrade>, IReadOnlyList<PublicTrade>>(
            "/api/v3/trades",
            new MexcQuery().Add("symbol", symbol.Value).Add("limit", Math.Clamp(limit, 1, 1000)),
            Json.ListWireTrade,
            rows => [.. rows.Select(MexcWireMapper.ToTrade)],
            ct
        );

    /// <summary>Aggregate trades; MEXC needs start and end together, so both or neither are sent.</summary>
    public Task<Result<IReadOnlyList<PublicTrade>>> GetAggregateTradesAsync(
        Symbol symbol,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int limit,
        CancellationToken ct
    )
    {
        var query = new MexcQuery().Add("symbol", symbol.Value);
        if (from is not null && to is not null)
        {
            query
                .Add("startTime", from.Value.ToUnixTimeMilliseconds())
                .Add("endTime", to.Value.ToUnixTimeMilliseconds());
        }
        query.Add("limit", Math.Clamp(limit, 1, 1000));
        return PublicAsync<List<WireAggTrade>, IReadOnlyList<PublicTrade>>(
            "/api/v3/aggTrades",
            query,
            Json.ListWireAggTrade,
            rows => [.. rows.Select(MexcWireMapper.ToTrade)],
            ct
        );
    }

    public Task<Result<Ticker24h>> Get24hTickerAsync(Symbol symbol, CancellationToken ct) =>
        PublicAsync("/api/v3/ticker/24hr", SymbolQuery(symbol), Json.WireTicker24h, MexcWireMapper.ToTicker, ct);

    public Task<Result<IReadOnlyList<Ticker24h>>> Get24hTickersAsync(CancellationToken ct) =>
        PublicAsync<List<WireTicker24h>, IReadOnlyList<Ticker24h>>(
            "/api/v3/ticker/24hr",
            null,
            Json.ListWireTicker24h,
            rows => [.. rows.Select(MexcWireMapper.ToTicker)],
            ct
        );

    public Task<Result<PriceTicker>> GetPriceTickerAsync(Symbol symbol, CancellationToken ct) =>
        PublicAsync("/api/v3/ticker/price", SymbolQuery(symbol), Json.WirePriceTicker, MexcWireMapper.ToTicker, ct);

    public Task<Result<IReadOnlyList<PriceTicker>>> GetPriceTickersAsync(CancellationToken ct) =>
        PublicAsync<List<WirePriceTicker>, IReadOnlyList<PriceTicker>>(
            "/api/v3/ticker/price",
            null,
            Json.ListWirePriceTicker,
            rows => [.. rows.Select(MexcWireMapper.ToTicker)],
            ct
        );

    public Task<Result<BookTicker>> GetBookTickerAsync(Symbol symbol, CancellationToken ct) =>
        PublicAsync("/api/v3/ticker/bookTicker", SymbolQuery(symbol), Json.WireBookTicker, MexcWireMapper.ToTicker, ct);

    public Task<Result<IReadOnlyList<BookTicker>>> GetBookTickersAsync(CancellationToken ct) =>
        PublicAsync<List<WireBookTicker>, IReadOnlyList<BookTicker>>(
            "/api/v3/ticker/bookTicker",
            null,
            Json.ListWireBookTicker,
            rows => [.. rows.Select(MexcWireMapper.ToTicker)],
            ct
        );

    private static MexcQuery SymbolQuery(Symbol symbol) => new MexcQuery().Add("symbol", symbol.Value);
}
