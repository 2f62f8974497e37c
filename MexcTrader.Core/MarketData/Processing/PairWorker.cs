using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Gaps;
using Microsoft.Extensions.Logging;

namespace MexcTrader.Core.MarketData.Processing;

/// <summary>
/// One pair's part of the stage, on its own task: keeps the open candle, closes it when a later candle arrives, when
/// an update says it is closed, or when its interval has ended on the clock; back-fills gaps; publishes in order.
/// </summary>
internal sealed class PairWorker
{
    private readonly Channel<Candle> _inbox;
    private readonly Channel<Candle> _outbox;
    private readonly TimeProvider _clock;
    private readonly IGapBackfill _backfill;
    private readonly CandlePersister _persister;
    private readonly CandleProcessorCounters _counters;
    private readonly ILogger _log;
    private readonly Symbol _symbol;
    private readonly Interval _interval;
    private readonly LastStoredLookup? _lastStored;
    private Candle? _open;
    private DateTimeOffset? _lastClosed;

    public PairWorker(
        Symbol symbol,
        Interval interval,
        LastStoredLookup? lastStored,
        CandleProcessingOptions options,
        TimeProvider clock,
        IGapBackfill backfill,
        CandlePersister persister,
        CandleProcessorCounters counters,
        ILogger log
    )
    {
        (_symbol, _interval, _lastStored) = (symbol, interval, lastStored);
        _clock = clock;
        _backfill = backfill;
        _persister = persister;
        _counters = counters;
        _log = log;
        _inbox = Channel.CreateBounded<Candle>(
            new BoundedChannelOptions(options.InboxCapacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
            },
            _ => counters.AddDropped()
        );
        _outbox = Channel.CreateBounded<Candle>(
            new BoundedChannelOptions(options.OutboxCapacity)
            {
                FullMode = BoundedChannelFullMode.Wait,
                SingleReader = true,
                SingleWriter = true,
            }
        );
    }

    public ChannelReader<Candle> Closed => _outbox.Reader;

    public bool TryPost(Candle update) => _inbox.Writer.TryWrite(update);

    public void Complete() => _inbox.Writer.TryComplete();

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            if (_lastStored is not null)
            {
                // after a restart the first live candle is checked against the store, so the downtime is back-filled
                _lastClosed = await _lastStored(_symbol, _interval, ct).ConfigureAwait(false);
            }
            while (true)
            {
                if (_inbox.Reader.TryRead(out var update))
                {
                    await AcceptAsync(update, ct).ConfigureAwait(false);
                    continue;
                }
                if (_open is { } open && CloseTime(open) <= _clock.GetUtcNow())
                {
                    await CloseAsync(open, ct).ConfigureAwait(false);
                    continue;
                }
                if (!await WaitAsync(ct).ConfigureAwait(false))
                {
                    return; // inbox completed: the open candle is not final, so it is not published
                }
            }
        }
        finally
        {
            _outbox.Writer.TryComplete();
        }
    }

    private async Task AcceptAsync(Candle update, CancellationToken ct)
    {
        if (!update.Interval.IsAligned(update.OpenTime))
        {
            _counters.AddRejected();
            return;
        }
        if (update.OpenTime <= _lastClosed || (_open is { } current && update.OpenTime < current.OpenTime))
        {
            _counters.AddIgnored(); // a repeat of a closed candle, or a late update of one: the store has the final one
            return;
        }
        if (_open is { } previous && update.OpenTime > previous.OpenTime)
        {
            await CloseAsync(previous, ct).ConfigureAwait(false);
        }
        _open = update with { IsClosed = false };
        if (update.IsClosed)
        {
            await CloseAsync(_open, ct).ConfigureAwait(false);
        }
    }

    private async Task CloseAsync(Candle candle, CancellationToken ct)
    {
        _open = null;
        var closed = candle with { IsClosed = true };
        if (_lastClosed is { } last && CandleGap.Between(_symbol, _interval, last, closed.OpenTime) is { } gap)
        {
            await BackfillAsync(gap, ct).ConfigureAwait(false);
        }
        _lastClosed = closed.OpenTime;
        await _persister.EnqueueAsync(closed, ct).ConfigureAwait(false);
        await PublishAsync(closed, ct).ConfigureAwait(false);
    }

    private async Task BackfillAsync(CandleGap gap, CancellationToken ct)
    {
        _counters.AddGap();
        IReadOnlyList<Candle> found;
        try
        {
            found = await _backfill.BackfillAsync(gap, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.LogWarning(e, "Back-fill of {Symbol} {First}..{Last} failed", gap.Symbol, gap.First, gap.Last);
            found = [];
        }
        foreach (
            var candle in found.Where(c => c.OpenTime >= gap.First && c.OpenTime <= gap.Last).OrderBy(c => c.OpenTime)
        )
        {
            if (candle.OpenTime > _lastClosed || _lastClosed is null)
            {
                _lastClosed = candle.OpenTime;
                _counters.AddBackfilled();
                await PublishAsync(candle with { IsClosed = true }, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task PublishAsync(Candle closed, CancellationToken ct)
    {
        await _outbox.Writer.WriteAsync(closed, ct).ConfigureAwait(false);
        _counters.AddPublished();
    }

    // Waits for an update, or until the open candle's interval ends; false once the inbox is completed and empty.
    private async Task<bool> WaitAsync(CancellationToken ct)
    {
        if (_open is not { } open)
        {
            return await _inbox.Reader.WaitToReadAsync(ct).ConfigureAwait(false);
        }
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var readable = _inbox.Reader.WaitToReadAsync(timer.Token).AsTask();
        var wait = CloseTime(open) - _clock.GetUtcNow();
        var due = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, _clock, timer.Token);
        var first = await Task.WhenAny(readable, due).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        if (first == due)
        {
            return true;
        }
        return await readable.ConfigureAwait(false);
    }

    private static DateTimeOffset CloseTime(Candle open) => open.Interval.NextOpen(open.OpenTime);
}
