using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Execution.Exits;

/// <summary>
/// Watches prices (closed candles or trades, whatever the host feeds) against each pair's protective exit and says
/// when one fires. Every change is persisted before it counts, so a restart resumes with the same levels and
/// trailing anchor. Latency: one price update (a closed candle's close or a trade) plus the exit order's round trip.
/// </summary>
public sealed class ProtectiveExits(IExecutionStore store, TimeProvider clock)
{
    private readonly Dictionary<Symbol, ProtectiveExit> _exits = [];

    public IReadOnlyCollection<ProtectiveExit> Armed => [.. _exits.Values.Where(e => e.IsArmed)];

    public ProtectiveExit? Of(Symbol symbol) => _exits.GetValueOrDefault(symbol);

    public async Task RestoreAsync(CancellationToken ct)
    {
        _exits.Clear();
        foreach (var exit in await store.ExitsAsync(ct).ConfigureAwait(false))
        {
            _exits[exit.Symbol] = exit;
        }
    }

    /// <summary>Arms (or re-arms) the pair's exit at an entry's levels, anchored at the entry price.</summary>
    public async Task<ProtectiveExit> ArmAsync(
        Symbol symbol,
        string decisionId,
        ExitLevels levels,
        decimal entryPrice,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(levels);
        var now = clock.GetUtcNow();
        var exit = new ProtectiveExit(
            symbol,
            decisionId,
            levels.StopLoss,
            levels.TakeProfit,
            levels.TrailingDistance,
            entryPrice,
            now,
            now,
            null,
            null
        );
        await SaveAsync(exit, "exit-armed", ct).ConfigureAwait(false);
        return exit;
    }

    /// <summary>Disarms the pair's exit (position closed by other means).</summary>
    public async Task DisarmAsync(Symbol symbol, string why, CancellationToken ct)
    {
        if (_exits.TryGetValue(symbol, out var exit) && exit.IsArmed)
        {
            var now = clock.GetUtcNow();
            await SaveAsync(exit with { FiredAt = now, FiredBy = why, UpdatedAt = now }, "exit-disarmed", ct)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Feeds one price; returns the exit when it fired now (already persisted as fired), else null.</summary>
    public async Task<ProtectiveExit?> OnPriceAsync(Symbol symbol, decimal price, CancellationToken ct)
    {
        if (!_exits.TryGetValue(symbol, out var exit) || !exit.IsArmed || price <= 0)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (exit.TriggerAt(price) is { } trigger)
        {
            var fired = exit with { FiredAt = now, FiredBy = trigger, UpdatedAt = now };
            await SaveAsync(fired, "exit-fired", ct).ConfigureAwait(false);
            return fired;
        }
        if (price > exit.HighestPrice && exit.TrailingDistance > 0)
        {
            await SaveAsync(exit with { HighestPrice = price, UpdatedAt = now }, "exit-trailed", ct)
                .ConfigureAwait(false);
        }
        return null;
    }

    private async Task SaveAsync(ProtectiveExit exit, string kind, CancellationToken ct)
    {
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"decision={exit.DecisionId} sl={exit.StopLoss} tp={exit.TakeProfit} trail={exit.TrailingDistance} high={exit.HighestPrice} by={exit.FiredBy}"
        );
        await store
            .SaveExitAsync(exit, new JournalEntry(0, exit.UpdatedAt, kind, null, exit.Symbol, detail), ct)
            .ConfigureAwait(false);
        _exits[exit.Symbol] = exit;
    }
}
