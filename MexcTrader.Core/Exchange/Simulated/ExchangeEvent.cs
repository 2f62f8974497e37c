using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>Something that changed on the account (private streams: orders, deals, account) or in a tracked book.</summary>
public abstract record ExchangeEvent(DateTimeOffset Time);

/// <summary>An order was placed, filled (partly) or cancelled.</summary>
public sealed record OrderUpdated(OrderView Order, UserTrade? LastFill, DateTimeOffset Time) : ExchangeEvent(Time);

/// <summary>One of the account's orders traded.</summary>
public sealed record OrderFilled(UserTrade Trade, DateTimeOffset Time) : ExchangeEvent(Time);

/// <summary>An asset balance changed; the reason uses MEXC's account change names (ENTRUST_PLACE, ENTRUST, …).</summary>
public sealed record BalanceChanged(
    AssetBalance Balance,
    decimal FreeChange,
    decimal LockedChange,
    string Reason,
    DateTimeOffset Time
) : ExchangeEvent(Time);

/// <summary>
/// The visible book of a pair changed (once <see cref="SimulatedExchange.TrackDepth"/> asked for it): the levels that
/// differ, at their new absolute quantity (0 = gone), covering versions <paramref name="FromVersion"/>..<paramref name="ToVersion"/>.
/// </summary>
public sealed record DepthChanged(
    Symbol Symbol,
    long FromVersion,
    long ToVersion,
    IReadOnlyList<(decimal Price, decimal Quantity)> Bids,
    IReadOnlyList<(decimal Price, decimal Quantity)> Asks,
    DateTimeOffset Time
) : ExchangeEvent(Time);
