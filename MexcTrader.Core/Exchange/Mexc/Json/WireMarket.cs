using System.Text.Json.Serialization;

namespace MexcTrader.Core.Exchange.Mexc.Json;

// Wire shapes of MEXC's public answers (mexc-api.md section 6); mapped to records by MexcWireMapper.

internal sealed record WireError
{
    public long? Code { get; init; }
    public string? Msg { get; init; }
}

internal sealed record WireServerTime
{
    public long ServerTime { get; init; }
}

internal sealed record WireWrapped<T>
{
    public T? Data { get; init; }
    public long? Code { get; init; }
    public string? Msg { get; init; }
    public long? Timestamp { get; init; }
}

internal sealed record WireExchangeInfo
{
    public string? Timezone { get; init; }
    public long? ServerTime { get; init; }
    public List<WireSymbol> Symbols { get; init; } = [];
}

internal sealed record WireSymbol
{
    public string? Symbol { get; init; }
    public string? Status { get; init; }
    public string? BaseAsset { get; init; }
    public string? QuoteAsset { get; init; }
    public int BaseAssetPrecision { get; init; }
    public int QuotePrecision { get; init; }
    public int? QuoteAssetPrecision { get; init; }
    public List<string>? OrderTypes { get; init; }
    public bool? IsSpotTradingAllowed { get; init; }
    public decimal? QuoteAmountPrecision { get; init; }
    public decimal? BaseSizePrecision { get; init; }
    public decimal? QuoteAmountPrecisionMarket { get; init; }
    public decimal? MaxQuoteAmount { get; init; }
    public decimal? MaxQuoteAmountMarket { get; init; }
    public decimal? MakerCommission { get; init; }
    public decimal? TakerCommission { get; init; }
    public string? TradeSideType { get; init; }
}

internal sealed record WireDepth
{
    public long LastUpdateId { get; init; }
    public List<decimal[]> Bids { get; init; } = [];
    public List<decimal[]> Asks { get; init; } = [];
    public long? Timestamp { get; init; }
}

internal sealed record WireTrade
{
    public string? Id { get; init; }
    public decimal Price { get; init; }
    public decimal Qty { get; init; }
    public decimal? QuoteQty { get; init; }
    public long Time { get; init; }
    public bool IsBuyerMaker { get; init; }
    public bool? IsBestMatch { get; init; }
}

internal sealed record WireAggTrade
{
    [JsonPropertyName("a")]
    public string? AggregateId { get; init; }

    [JsonPropertyName("p")]
    public decimal Price { get; init; }

    [JsonPropertyName("q")]
    public decimal Quantity { get; init; }

    [JsonPropertyName("T")]
    public long Time { get; init; }

    [JsonPropertyName("m")]
    public bool IsBuyerMaker { get; init; }

    [JsonPropertyName("M")]
    public bool? IsBestMatch { get; init; }
}

internal sealed record WireTicker24h
{
    public string? Symbol { get; init; }
    public decimal? PriceChange { get; init; }
    public decimal? PriceChangePercent { get; init; }
    public decimal? PrevClosePrice { get; init; }
    public decimal? LastPrice { get; init; }
    public decimal? BidPrice { get; init; }
    public decimal? BidQty { get; init; }
    public decimal? AskPrice { get; init; }
    public decimal? AskQty { get; init; }
    public decimal? OpenPrice { get; init; }
    public decimal? HighPrice { get; init; }
    public decimal? LowPrice { get; init; }
    public decimal? Volume { get; init; }
    public decimal? QuoteVolume { get; init; }
    public long? OpenTime { get; init; }
    public long? CloseTime { get; init; }
}

internal sealed record WirePriceTicker
{
    public string? Symbol { get; init; }
    public decimal Price { get; init; }
}

internal sealed record WireBookTicker
{
    public string? Symbol { get; init; }
    public decimal? BidPrice { get; init; }
    public decimal? BidQty { get; init; }
    public decimal? AskPrice { get; init; }
    public decimal? AskQty { get; init; }
}
