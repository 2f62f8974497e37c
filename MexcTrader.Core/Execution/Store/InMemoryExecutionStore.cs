using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Portfolio;

namespace MexcTrader.Core.Execution.Store;

/// <summary>The execution store in memory: for backtests (nothing to keep after the run), benchmarks and unit tests.</summary>
public sealed class InMemoryExecutionStore : IExecutionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ExecutionOrder> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Fill> _fills = new(StringComparer.Ordinal);
    private readonly Dictionary<Symbol, Position> _positions = [];
    private readonly Dictionary<Symbol, ProtectiveExit> _exits = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly List<EquityPoint> _equity = [];

    public Task SaveOrderAsync(ExecutionOrder order, JournalEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (_gate)
        {
            _orders[order.ClientOrderId] = order;
            Append(entry);
        }
        return Task.CompletedTask;
    }

    public Task<bool> TryAddFillAsync(Fill fill, JournalEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fill);
        lock (_gate)
        {
            if (!_fills.TryAdd(fill.FillId, fill))
            {
                return Task.FromResult(false);
            }
            Append(entry);
            return Task.FromResult(true);
        }
    }

    public Task SavePositionAsync(Position position, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(position);
        lock (_gate)
        {
            _positions[position.Symbol] = position;
        }
        return Task.CompletedTask;
    }

    public Task SaveExitAsync(ProtectiveExit protectiveExit, JournalEntry entry, CancellationToken ct)
    {
        var exit = protectiveExit;
        ArgumentNullException.ThrowIfNull(exit);
        lock (_gate)
        {
            _exits[exit.Symbol] = exit;
            Append(entry);
        }
        return Task.CompletedTask;
    }

    public Task AppendJournalAsync(JournalEntry entry, CancellationToken ct)
    {
        lock (_gate)
        {
            Append(entry);
        }
        return Task.CompletedTask;
    }

    public Task AddEquityPointAsync(EquityPoint point, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(point);
        lock (_gate)
        {
            _equity.Add(point);
        }
        return Task.CompletedTask;
    }

    public Task<ExecutionOrder?> FindOrderAsync(string clientOrderId, CancellationToken ct) =>
        Read(() => _orders.GetValueOrDefault(clientOrderId));

    public Task<IReadOnlyList<ExecutionOrder>> OpenOrdersAsync(CancellationToken ct) =>
        Read<IReadOnlyList<ExecutionOrder>>(() => [.. _orders.Values.Where(o => o.IsOpen).OrderBy(o => o.CreatedAt)]);

    public Task<IReadOnlyList<ExecutionOrder>> OrdersAsync(Symbol? symbol, int limit, CancellationToken ct) =>
        Read<IReadOnlyList<ExecutionOrder>>(() =>
            [
                .. _orders
                    .Values.Where(o => symbol is null || o.Symbol == symbol)
                    .OrderByDescending(o => o.CreatedAt)
                    .Take(limit),
            ]
        );

    public Task<IReadOnlyList<Fill>> FillsAsync(Symbol? symbol, DateTimeOffset? since, CancellationToken ct) =>
        Read<IReadOnlyList<Fill>>(() =>
            [
                .. _fills
                    .Values.Where(f => (symbol is null || f.Symbol == symbol) && (since is null || f.Time >= since))
                    .OrderBy(f => f.Time),
            ]
        );

    public Task<IReadOnlyList<Position>> PositionsAsync(CancellationToken ct) =>
        Read<IReadOnlyList<Position>>(() =>
            [.. _positions.Values.OrderBy(p => p.Symbol.Value, StringComparer.Ordinal)]
        );

    public Task<IReadOnlyList<ProtectiveExit>> ExitsAsync(CancellationToken ct) =>
        Read<IReadOnlyList<ProtectiveExit>>(() => [.. _exits.Values]);

    public Task<IReadOnlyList<EquityPoint>> EquityPointsAsync(
        DateTimeOffset? from,
        DateTimeOffset? until,
        CancellationToken ct
    ) =>
        Read<IReadOnlyList<EquityPoint>>(() =>
            [
                .. _equity
                    .Where(p => (from is null || p.Time >= from) && (until is null || p.Time <= until))
                    .OrderBy(p => p.Time),
            ]
        );

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(string? clientOrderId, CancellationToken ct) =>
        Read<IReadOnlyList<JournalEntry>>(() =>
            [.. _journal.Where(j => clientOrderId is null || j.ClientOrderId == clientOrderId)]
        );

    private void Append(JournalEntry entry) => _journal.Add(entry with { Sequence = _journal.Count + 1 });

    private Task<T> Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return Task.FromResult(read());
        }
    }
}
