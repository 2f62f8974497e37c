using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Portfolio;

namespace MexcTrader.Core.Execution.Store;

/// <summary>
/// Where execution writes before it acts: orders with their journal line in one transaction, fills once by id,
/// positions, protective exits and equity points; plus the queries the pages need.
/// </summary>
public interface IExecutionStore
{
    /// <summary>Upserts the order and appends its journal line atomically.</summary>
    Task SaveOrderAsync(ExecutionOrder order, JournalEntry entry, CancellationToken ct);

    /// <summary>Stores the fill and its journal line; false (and nothing written) when the fill id is already stored.</summary>
    Task<bool> TryAddFillAsync(Fill fill, JournalEntry entry, CancellationToken ct);

    Task SavePositionAsync(Position position, CancellationToken ct);

    Task SaveExitAsync(ProtectiveExit protectiveExit, JournalEntry entry, CancellationToken ct);

    Task AppendJournalAsync(JournalEntry entry, CancellationToken ct);

    Task AddEquityPointAsync(EquityPoint point, CancellationToken ct);

    Task<ExecutionOrder?> FindOrderAsync(string clientOrderId, CancellationToken ct);

    Task<IReadOnlyList<ExecutionOrder>> OpenOrdersAsync(CancellationToken ct);

    /// <summary>Newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ExecutionOrder>> OrdersAsync(Symbol? symbol, int limit, CancellationToken ct);

    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<Fill>> FillsAsync(Symbol? symbol, DateTimeOffset? since, CancellationToken ct);

    Task<IReadOnlyList<Position>> PositionsAsync(CancellationToken ct);

    Task<IReadOnlyList<ProtectiveExit>> ExitsAsync(CancellationToken ct);

    Task<IReadOnlyList<EquityPoint>> EquityPointsAsync(
        DateTimeOffset? from,
        DateTimeOffset? until,
        CancellationToken ct
    );

    /// <summary>The order's history (intent, ack, every status, fills), oldest first; all lines when null.</summary>
    Task<IReadOnlyList<JournalEntry>> JournalAsync(string? clientOrderId, CancellationToken ct);
}
