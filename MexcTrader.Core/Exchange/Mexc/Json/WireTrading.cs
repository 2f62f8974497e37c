using System.Text.Json.Serialization;

namespace MexcTrader.Core.Exchange.Mexc.Json;

// Wire shapes of MEXC's signed answers (mexc-api.md section 8).

internal sealed record WireOrderAck
{
    public string? Symbol { get; init; }
    public string? OrderId { get; init; }
    public string? ClientOrderId { get; init; }
    public string? NewClientOrderId { get; init; }
    public decimal? Price { get; init; }
    public decimal? OrigQty { get; init; }
    public string? Type { get; init; }
    public string? Side { get; init; }
    public long? TransactTime { get; init; }
}

internal sealed record WireOrder
{
    public string? Symbol { get; init; }
    public string? OrderId { get; init; }
    public string? ClientOrderId { get; init; }
    public string? OrigClientOrderId { get; init; }
    public decimal? Price { get; init; }
    public decimal? OrigQty { get; init; }

    // The current docs' single-order example spells origQty as "Qty" (section 8.7).
    [JsonPropertyName("Qty")]
    public decimal? QtyAlias { get; init; }
    public decimal? ExecutedQty { get; init; }

    [JsonPropertyName("cummulativeQuoteQty")]
    public decimal? CummulativeQuoteQty { get; init; }
    public decimal? CumulativeQuoteQty { get; init; }
    public decimal? OrigQuoteOrderQty { get; init; }
    public string? Status { get; init; }
    public string? Type { get; init; }
    public string? Side { get; init; }
    public long? Time { get; init; }
    public long? UpdateTime { get; init; }
}

internal sealed record WireMyTrade
{
    public string? Symbol { get; init; }
    public string? Id { get; init; }
    public string? OrderId { get; init; }
    public string? ClientOrderId { get; init; }
    public decimal Price { get; init; }
    public decimal Qty { get; init; }
    public decimal? QuoteQty { get; init; }
    public decimal? Commission { get; init; }
    public string? CommissionAsset { get; init; }
    public long Time { get; init; }
    public bool IsBuyer { get; init; }
    public bool IsMaker { get; init; }
    public bool? IsSelfTrade { get; init; }
}

internal sealed record WireAccount
{
    public bool? CanTrade { get; init; }
    public bool? CanWithdraw { get; init; }
    public bool? CanDeposit { get; init; }
    public string? AccountType { get; init; }
    public List<WireBalance> Balances { get; init; } = [];
}

internal sealed record WireBalance
{
    public string? Asset { get; init; }
    public decimal? Free { get; init; }
    public decimal? Locked { get; init; }
}

internal sealed record WireListenKey
{
    public string? ListenKey { get; init; }
}
