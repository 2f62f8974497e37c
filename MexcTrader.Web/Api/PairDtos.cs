using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Web.Api;

/// <summary>A followed pair; intervals are codes such as "1m" and "1h".</summary>
public sealed record PairDto(
    string Symbol,
    bool Enabled,
    IReadOnlyList<string> Intervals,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
)
{
    public static PairDto From(TradingPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new(
            pair.Symbol.Value,
            pair.Enabled,
            [.. pair.Intervals.Select(i => i.ToCode())],
            pair.CreatedAt.ToUniversalTime(),
            pair.UpdatedAt.ToUniversalTime()
        );
    }
}

/// <summary>Body of POST /api/v1/pairs; enabled defaults to true and intervals to ["1h"].</summary>
public sealed record AddPairRequest(string? Symbol, bool? Enabled, IReadOnlyList<string>? Intervals);

/// <summary>Body of PUT /api/v1/pairs/{symbol}; omitted fields keep their stored values.</summary>
public sealed record UpdatePairRequest(bool? Enabled, IReadOnlyList<string>? Intervals);
