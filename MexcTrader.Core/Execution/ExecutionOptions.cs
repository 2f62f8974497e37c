using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Core.Execution;

/// <summary>How execution places orders; bound from the "Execution" section, per pair overrides by symbol.</summary>
public sealed class ExecutionOptions
{
    public const string SectionName = "Execution";

    public OrderStyle DefaultStyle { get; set; } = new();

    /// <summary>Order style per symbol (e.g. "BTCUSDT"), overriding <see cref="DefaultStyle"/>.</summary>
    public Dictionary<string, OrderStyle> Pairs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A limit order resting longer than this is cancelled (status Expired); 0 = never.</summary>
    [Range(0, 86_400)]
    public int RestingTimeoutSeconds { get; set; } = 300;

    public OrderStyle StyleFor(Domain.Symbol symbol) => Pairs.GetValueOrDefault(symbol.Value) ?? DefaultStyle;
}

/// <summary>Market, limit at an offset from the reference price, or maker-only (post-only limit at the offset).</summary>
public sealed class OrderStyle
{
    public OrderStyleKind Kind { get; set; } = OrderStyleKind.Market;

    /// <summary>Price improvement asked, in basis points: a buy at reference × (1 − bps/10 000), a sell above; negative crosses.</summary>
    [Range(-1_000, 1_000)]
    public decimal OffsetBps { get; set; }
}

public enum OrderStyleKind
{
    Market,
    Limit,
    MakerOnly,
}
