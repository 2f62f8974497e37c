namespace MexcTrader.Core.Execution;

/// <summary>Why an order exists: opening or adding (entry), a decided exit, or a protective exit that fired (stop).</summary>
public enum OrderLeg
{
    Entry,
    Exit,
    Stop,
}
