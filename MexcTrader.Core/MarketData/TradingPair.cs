using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData;

/// <summary>A pair the trader follows, with the intervals its candles are kept for.</summary>
public sealed class TradingPair
{
    public required Symbol Symbol { get; init; }

    public bool Enabled { get; set; } = true;

    public List<Interval> Intervals { get; set; } = [Interval.OneHour];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
