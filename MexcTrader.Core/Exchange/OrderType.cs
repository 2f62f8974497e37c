namespace MexcTrader.Core.Exchange;

/// <summary>MEXC spot order types; time in force is expressed through the type (there is no stop or OCO order).</summary>
public enum OrderType
{
    Limit,
    Market,

    /// <summary>Post-only: rejected if it would take liquidity.</summary>
    LimitMaker,
    ImmediateOrCancel,
    FillOrKill,
}
