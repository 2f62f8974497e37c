namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>Something that changed on the account, for the private streams (orders, deals, account).</summary>
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
