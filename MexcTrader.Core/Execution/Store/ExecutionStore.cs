using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Portfolio;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Execution.Store;

/// <summary>The execution store on the product database (SQLite or PostgreSQL), one context per unit of work.</summary>
public sealed class ExecutionStore(IDbContextFactory<TradingDbContext> contexts) : IExecutionStore
{
    public async Task SaveOrderAsync(ExecutionOrder order, JournalEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var existing = await db.ExecutionOrders.FindAsync([order.ClientOrderId], ct).ConfigureAwait(false);
        if (existing is null)
        {
            db.ExecutionOrders.Add(order);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(order);
        }
        db.ExecutionJournal.Add(entry);
        // one SaveChanges: the order row and its journal line commit together or not at all
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task<bool> TryAddFillAsync(Fill fill, JournalEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fill);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await db.Fills.AnyAsync(f => f.FillId == fill.FillId, ct).ConfigureAwait(false))
        {
            return false;
        }
        db.Fills.Add(fill);
        db.ExecutionJournal.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // another writer may have stored the same fill between the check and the insert
            if (await IsStoredAsync(fill.FillId, ct).ConfigureAwait(false))
            {
                return false;
            }
            throw;
        }
    }

    public async Task SavePositionAsync(Position position, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(position);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var existing = await db.Positions.FindAsync([position.Symbol], ct).ConfigureAwait(false);
        if (existing is null)
        {
            db.Positions.Add(position);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(position);
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task SaveExitAsync(ProtectiveExit protectiveExit, JournalEntry entry, CancellationToken ct)
    {
        var exit = protectiveExit;
        ArgumentNullException.ThrowIfNull(exit);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var existing = await db.ProtectiveExits.FindAsync([exit.Symbol], ct).ConfigureAwait(false);
        if (existing is null)
        {
            db.ProtectiveExits.Add(exit);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(exit);
        }
        db.ExecutionJournal.Add(entry);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task AppendJournalAsync(JournalEntry entry, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.ExecutionJournal.Add(entry);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task AddEquityPointAsync(EquityPoint point, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.EquityPoints.Add(point);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task<ExecutionOrder?> FindOrderAsync(string clientOrderId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db
            .ExecutionOrders.AsNoTracking()
            .FirstOrDefaultAsync(o => o.ClientOrderId == clientOrderId, ct)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ExecutionOrder>> OpenOrdersAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db
            .ExecutionOrders.AsNoTracking()
            .Where(o =>
                o.Status == ExecutionStatus.Pending
                || o.Status == ExecutionStatus.New
                || o.Status == ExecutionStatus.PartiallyFilled
            )
            .OrderBy(o => o.CreatedAt)
            .ToListAsync(ct)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ExecutionOrder>> OrdersAsync(Symbol? symbol, int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var query = db.ExecutionOrders.AsNoTracking();
        if (symbol is { } s)
        {
            query = query.Where(o => o.Symbol == s);
        }
        return await query.OrderByDescending(o => o.CreatedAt).Take(limit).ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Fill>> FillsAsync(Symbol? symbol, DateTimeOffset? since, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var query = db.Fills.AsNoTracking();
        if (symbol is { } s)
        {
            query = query.Where(f => f.Symbol == s);
        }
        if (since is { } from)
        {
            query = query.Where(f => f.Time >= from);
        }
        return await query.OrderBy(f => f.Time).ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Position>> PositionsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var positions = await db.Positions.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        return [.. positions.OrderBy(p => p.Symbol.Value, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<ProtectiveExit>> ExitsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.ProtectiveExits.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<EquityPoint>> EquityPointsAsync(
        DateTimeOffset? from,
        DateTimeOffset? until,
        CancellationToken ct
    )
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var query = db.EquityPoints.AsNoTracking();
        if (from is { } start)
        {
            query = query.Where(p => p.Time >= start);
        }
        if (until is { } end)
        {
            query = query.Where(p => p.Time <= end);
        }
        return await query.OrderBy(p => p.Time).ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(string? clientOrderId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var query = db.ExecutionJournal.AsNoTracking();
        if (clientOrderId is not null)
        {
            query = query.Where(j => j.ClientOrderId == clientOrderId);
        }
        return await query.OrderBy(j => j.Sequence).ToListAsync(ct).ConfigureAwait(false);
    }

    private async Task<bool> IsStoredAsync(string fillId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Fills.AnyAsync(f => f.FillId == fillId, ct).ConfigureAwait(false);
    }
}
