using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Portfolio;

namespace MexcTrader.Core.Execution;

/// <summary>Something execution did or saw, published after it was persisted (for the UI and the engine host).</summary>
public abstract record ExecutionEvent(DateTimeOffset Time);

/// <summary>An order changed state; <paramref name="Previous"/> is null for a new intent.</summary>
public sealed record OrderChanged(ExecutionOrder Order, ExecutionStatus? Previous, DateTimeOffset Time)
    : ExecutionEvent(Time);

public sealed record FillApplied(Fill Fill, Position Position, DateTimeOffset Time) : ExecutionEvent(Time);

/// <summary>An order could not be placed or planned; nothing was sent.</summary>
public sealed record ExecutionRefused(string DecisionId, Symbol Symbol, Failure Failure, DateTimeOffset Time)
    : ExecutionEvent(Time);

public sealed record ProtectiveExitFired(ProtectiveExit Exit, decimal Price, string Trigger, DateTimeOffset Time)
    : ExecutionEvent(Time);

/// <summary>Restart reconciliation found the venue and our records disagreeing (and what it did about it).</summary>
public sealed record ReconciliationDifference(string Kind, Symbol? Symbol, string Detail, DateTimeOffset Time)
    : ExecutionEvent(Time);
