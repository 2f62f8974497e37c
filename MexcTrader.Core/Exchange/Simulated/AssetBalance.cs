namespace MexcTrader.Core.Exchange.Simulated;

/// <summary>One asset of the account: free to spend and locked in open orders.</summary>
public sealed record AssetBalance(string Asset, decimal Free, decimal Locked);
