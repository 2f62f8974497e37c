using System.Threading.Channels;
using MexcTrader.Core.Domain;

namespace MexcTrader.Web.Engine;

/// <summary>
/// Decides when a decision cycle runs: once every active pair has closed the cycle's candle, or when the timeout
/// after the first one has passed, or once a later candle has closed (a slow pair never blocks the others). Cycles
/// run one at a time; when the engine falls behind, pending cycles fold into the newest due one.
/// </summary>
internal sealed class CycleCoordinator(TimeSpan timeout, TimeProvider clock)
{
    private readonly Channel<(Symbol Symbol, DateTimeOffset OpenTime)> _closed = Channel.CreateUnbounded<(
        Symbol,
        DateTimeOffset
    )>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SortedDictionary<DateTimeOffset, (HashSet<Symbol> Pairs, DateTimeOffset FirstSeen)> _pending = [];
    private DateTimeOffset _lastCycle = DateTimeOffset.MinValue;

    public ValueTask ReportAsync(Symbol symbol, DateTimeOffset openTime, CancellationToken ct) =>
        _closed.Writer.WriteAsync((symbol, openTime), ct);

    /// <param name="active">The pairs a cycle waits for (running and warm), asked afresh each time.</param>
    /// <param name="cycle">Runs the cycle of the candle opening at the given time.</param>
    public async Task RunAsync(
        Func<IReadOnlyCollection<Symbol>> active,
        Func<DateTimeOffset, CancellationToken, Task> cycle,
        CancellationToken ct
    )
    {
        while (!ct.IsCancellationRequested)
        {
            while (_closed.Reader.TryRead(out var report))
            {
                Add(report.Symbol, report.OpenTime);
            }
            if (Due(active()) is { } due)
            {
                foreach (var openTime in _pending.Keys.Where(k => k <= due).ToList())
                {
                    _pending.Remove(openTime);
                }
                _lastCycle = due;
                await cycle(due, ct).ConfigureAwait(false);
                continue;
            }
            await WaitAsync(ct).ConfigureAwait(false);
        }
    }

    private void Add(Symbol symbol, DateTimeOffset openTime)
    {
        if (openTime <= _lastCycle)
        {
            return; // that cycle ran without this pair (it was late)
        }
        if (!_pending.TryGetValue(openTime, out var entry))
        {
            entry = ([], clock.GetUtcNow());
            _pending[openTime] = entry;
        }
        entry.Pairs.Add(symbol);
    }

    /// <summary>The newest open time whose cycle may run now; older pending ones are folded into it.</summary>
    private DateTimeOffset? Due(IReadOnlyCollection<Symbol> active)
    {
        DateTimeOffset? due = null;
        var now = clock.GetUtcNow();
        var left = _pending.Count;
        foreach (var (openTime, entry) in _pending)
        {
            // a pair that reported a later candle has none at an older time: older cycles need not wait for it
            if (--left > 0 || active.All(entry.Pairs.Contains) || now - entry.FirstSeen >= timeout)
            {
                due = openTime;
            }
        }
        return due;
    }

    private async Task WaitAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            await _closed.Reader.WaitToReadAsync(ct).ConfigureAwait(false);
            return;
        }
        var oldest = _pending.Values.Min(e => e.FirstSeen);
        var left = oldest + timeout - clock.GetUtcNow();
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var readable = _closed.Reader.WaitToReadAsync(wake.Token).AsTask();
        var delay = Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, clock, wake.Token);
        await Task.WhenAny(readable, delay).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
    }
}
