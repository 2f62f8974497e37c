namespace MexcTrader.Core.Execution.Store;

/// <summary>The account's value at one moment, in quote: the equity curve is a list of these.</summary>
public sealed record EquityPoint(DateTimeOffset Time, decimal Equity, decimal Cash, decimal Exposure);
