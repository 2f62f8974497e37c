using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Execution.Exits;
using MexcTrader.Core.Execution.Orders;
using MexcTrader.Core.Execution.Store;

namespace MexcTrader.Core.Execution.Recovery;

/// <summary>
/// Start-up, before any new order: restore orders, positions (replayed from stored fills) and protective exits,
/// then reconcile with the venue: pending intents resolved by client id, open orders refreshed, fills missed while
/// down booked, unknown open orders and balance differences reported as events.
/// </summary>
public sealed class ExecutionRecovery(
    OrderManager orders,
    ProtectiveExits exits,
    IExecutionStore store,
    ExecutionEvents events,
    TimeProvider clock
)
{
    /// <param name="resendNeverLanded">
    /// Whether an intent the venue never saw is sent now (same client id); by default it is closed as Rejected,
    /// because the decision behind it is stale after a restart.
    /// </param>
    public async Task<ReconciliationReport> RecoverAsync(bool resendNeverLanded, CancellationToken ct)
    {
        var differences = new List<ReconciliationDifference>();
        var fills = await store.FillsAsync(null, null, ct).ConfigureAwait(false);
        orders.Book.Replay(fills);
        await exits.RestoreAsync(ct).ConfigureAwait(false);
        var open = await store.OpenOrdersAsync(ct).ConfigureAwait(false);
        foreach (var order in open)
        {
            orders.Track(order);
        }
        foreach (var pending in open.Where(o => o.Status == ExecutionStatus.Pending))
        {
            var resolved = await orders.ResolvePendingAsync(pending, resendNeverLanded, ct).ConfigureAwait(false);
            var what = resolved.IsSuccess
                ? resolved.Value.Status.ToString()
                : "unresolved: " + resolved.Failure.Message;
            differences.Add(
                Difference(
                    "pending-intent",
                    pending.Symbol,
                    $"{pending.ClientOrderId} was pending at restart; now {what}"
                )
            );
        }
        await orders.PollAsync(ct).ConfigureAwait(false);
        var symbols = open.Select(o => o.Symbol)
            .Concat(orders.Book.Positions.Select(p => p.Symbol))
            .Distinct()
            .ToList();
        await BookMissedFillsAsync(symbols, fills, differences, ct).ConfigureAwait(false);
        await ReportUnknownOpenOrdersAsync(differences, ct).ConfigureAwait(false);
        await CompareBalancesAsync(symbols, differences, ct).ConfigureAwait(false);
        foreach (var difference in differences)
        {
            await store
                .AppendJournalAsync(
                    new JournalEntry(
                        0,
                        difference.Time,
                        "reconcile",
                        null,
                        difference.Symbol,
                        $"{difference.Kind}: {difference.Detail}"
                    ),
                    ct
                )
                .ConfigureAwait(false);
            events.Publish(difference);
        }
        return new ReconciliationReport(open.Count, fills.Count, differences);
    }

    private async Task BookMissedFillsAsync(
        IReadOnlyList<Symbol> symbols,
        IReadOnlyList<Fill> known,
        List<ReconciliationDifference> differences,
        CancellationToken ct
    )
    {
        foreach (var symbol in symbols)
        {
            var last = known
                .Where(f => f.Symbol == symbol)
                .Select(f => f.Time)
                .DefaultIfEmpty(DateTimeOffset.UnixEpoch)
                .Max();
            var since = last == DateTimeOffset.UnixEpoch ? clock.GetUtcNow().AddDays(-7) : last;
            var trades = await orders.Venue.GetTradesSinceAsync(symbol, since, ct).ConfigureAwait(false);
            if (!trades.IsSuccess)
            {
                differences.Add(Difference("trades-unavailable", symbol, trades.Failure.Message));
                continue;
            }
            foreach (var trade in trades.Value.Where(t => !orders.Book.HasApplied(t.TradeId)))
            {
                var booked = await orders.ApplyTradeAsync(trade, ct).ConfigureAwait(false);
                differences.Add(
                    Difference(
                        booked is null ? "foreign-fill" : "missed-fill",
                        symbol,
                        booked is null
                            ? $"fill {trade.TradeId} of order {trade.OrderId} is not ours; not booked"
                            : $"fill {trade.TradeId} ({trade.Quantity}@{trade.Price}) happened while down; booked"
                    )
                );
            }
        }
    }

    private async Task ReportUnknownOpenOrdersAsync(List<ReconciliationDifference> differences, CancellationToken ct)
    {
        var venueOpen = await orders.Venue.GetOpenOrdersAsync(null, ct).ConfigureAwait(false);
        if (!venueOpen.IsSuccess)
        {
            differences.Add(Difference("open-orders-unavailable", null, venueOpen.Failure.Message));
            return;
        }
        foreach (
            var order in venueOpen.Value.Where(o => o.ClientOrderId is null || orders.Find(o.ClientOrderId) is null)
        )
        {
            differences.Add(
                Difference(
                    "unknown-open-order",
                    order.Symbol,
                    $"venue order {order.OrderId} ({order.ClientOrderId}) is open and not ours; left alone"
                )
            );
        }
    }

    private async Task CompareBalancesAsync(
        IReadOnlyList<Symbol> symbols,
        List<ReconciliationDifference> differences,
        CancellationToken ct
    )
    {
        var balances = await orders.Venue.GetBalancesAsync(ct).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            differences.Add(Difference("balances-unavailable", null, balances.Failure.Message));
            return;
        }
        foreach (var symbol in symbols)
        {
            var rules = await orders.RulesAsync(symbol, ct).ConfigureAwait(false);
            if (!rules.IsSuccess)
            {
                continue;
            }
            var held = orders.Book.Get(symbol).Quantity;
            var venueHeld = balances.Value.FirstOrDefault(b => b.Asset == rules.Value.BaseAsset)?.Total ?? 0m;
            if (venueHeld != held)
            {
                differences.Add(
                    Difference(
                        "balance-mismatch",
                        symbol,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"venue holds {venueHeld} {rules.Value.BaseAsset}, our fills add up to {held}"
                        )
                    )
                );
            }
        }
    }

    private ReconciliationDifference Difference(string kind, Symbol? symbol, string detail) =>
        new(kind, symbol, detail, clock.GetUtcNow());
}

/// <summary>What recovery found: orders restored, fills replayed, and every difference with the venue.</summary>
public sealed record ReconciliationReport(
    int OrdersRestored,
    int FillsReplayed,
    IReadOnlyList<ReconciliationDifference> Differences
);
