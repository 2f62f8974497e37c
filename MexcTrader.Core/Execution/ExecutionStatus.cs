namespace MexcTrader.Core.Execution;

/// <summary>Our order's life; Pending means persisted but not yet acknowledged (a restart resolves it by client id).</summary>
public enum ExecutionStatus
{
    Pending,
    New,
    PartiallyFilled,
    Filled,
    Cancelled,
    Rejected,

    /// <summary>Cancelled by us because it rested longer than its time-out.</summary>
    Expired,
}

public static class ExecutionStatuses
{
    public static bool IsTerminal(this ExecutionStatus status) =>
        status
            is ExecutionStatus.Filled
                or ExecutionStatus.Cancelled
                or ExecutionStatus.Rejected
                or ExecutionStatus.Expired;

    public static ExecutionStatus FromExchange(Exchange.OrderStatus status) =>
        status switch
        {
            Exchange.OrderStatus.New => ExecutionStatus.New,
            Exchange.OrderStatus.PartiallyFilled => ExecutionStatus.PartiallyFilled,
            Exchange.OrderStatus.Filled => ExecutionStatus.Filled,
            _ => ExecutionStatus.Cancelled,
        };
}
