namespace MexcTrader.Core.Exchange;

/// <summary>One asset's balance: free is spendable, locked is held by open orders.</summary>
public sealed record AccountBalance(string Asset, decimal Free, decimal Locked)
{
    public decimal Total => Free + Locked;
}
