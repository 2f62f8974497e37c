using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Execution.Store;

/// <summary>One line of the append-only execution journal: every order state change, fill and exit, in order.</summary>
/// <param name="Sequence">Assigned by the store; 0 before.</param>
/// <param name="Kind">intent, ack, status, fill, cancel-requested, exit-armed, exit-fired, reconcile, …</param>
public sealed record JournalEntry(
    long Sequence,
    DateTimeOffset Time,
    string Kind,
    string? ClientOrderId,
    Symbol? Symbol,
    string Detail
);
