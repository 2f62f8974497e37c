using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>
/// Turns kline pushes of one (symbol, interval) into closed candles, in order, each exactly once. MEXC has no
/// "closed" flag: a bar is final when a later bar appears. After a (re)connect the REST history fills what the
/// stream missed while pushes are held back; within a bar volume only grows, so an older state never replaces a newer.
/// A bar skipped while the connection stays up (the next push opens later than the bar after the running one) starts
/// the same hold-and-fill at once through <paramref name="onGap"/>, rather than waiting for a reconnect.
/// </summary>
/// <param name="onGap">Schedules <see cref="ResyncAsync"/> for the given sync generation; called under the lock.</param>
internal sealed class KlineSequencer(
    Symbol symbol,
    Interval interval,
    DateTimeOffset? since,
    ChannelWriter<Candle> closed,
    Action<KlineSequencer, int>? onGap = null
)
{
    private readonly Lock _gate = new();
    private readonly List<Candle> _held = [];
    private DateTimeOffset? _lastClosed;
    private Candle? _open;
    private bool _syncing;

    // each hold (connect or live gap) gets a number; a fill that a newer hold overtook neither applies nor releases
    private int _generation;

    public Symbol Symbol => symbol;

    public Interval Interval => interval;

    public Candle? Open
    {
        get
        {
            lock (_gate)
            {
                return _open;
            }
        }
    }

    public void OnPush(Candle candle)
    {
        lock (_gate)
        {
            if (_syncing)
            {
                _held.Add(candle);
                return;
            }
            Apply(candle);
        }
    }

    /// <summary>A connection is opening: hold pushes until the REST gap-fill has run, so none jumps ahead of it.</summary>
    public void BeginSync()
    {
        lock (_gate)
        {
            _syncing = true;
            _held.Clear();
            _generation++;
        }
    }

    /// <summary>Fills the gap since the last closed candle (or since the start asked for) from REST, retrying until it succeeds.</summary>
    /// <param name="generation">The hold this fill belongs to; null = the current one (a connect's fill).</param>
    public async Task ResyncAsync(
        IKlineHistory history,
        TimeProvider clock,
        Func<int, TimeSpan> backoff,
        CancellationToken ct,
        int? generation = null
    )
    {
        DateTimeOffset? from;
        int owner;
        lock (_gate)
        {
            owner = generation ?? _generation;
            from = _lastClosed is { } last ? interval.NextOpen(last) : since ?? _open?.OpenTime;
            if (from is null)
            {
                Release(owner); // nothing delivered and no start asked for: the live stream is the start
                return;
            }
        }
        for (var attempt = 0; !IsStale(owner); attempt++)
        {
            // cancelled (the connection dropped): stay held; the next connection syncs again
            var page = await history
                .GetKlinesAsync(symbol, interval, from.Value, clock.GetUtcNow() + interval.Length(), ct)
                .ConfigureAwait(false);
            if (page.IsSuccess)
            {
                lock (_gate)
                {
                    if (owner != _generation)
                    {
                        return; // a newer hold fills from the last closed candle itself
                    }
                    // REST candles older than the newest one are final, even if a later bar was already seen
                    foreach (var candle in page.Value.OrderBy(c => c.OpenTime))
                    {
                        Apply(candle with { IsClosed = false }, fromHistory: true);
                    }
                    Release(owner);
                }
                return;
            }
            await Task.Delay(backoff(attempt), clock, ct).ConfigureAwait(false);
        }
    }

    private bool IsStale(int generation)
    {
        lock (_gate)
        {
            return generation != _generation;
        }
    }

    // under the lock
    private void Release(int generation)
    {
        if (generation != _generation)
        {
            return;
        }
        _syncing = false;
        var held = _held.ToArray();
        _held.Clear();
        foreach (var push in held)
        {
            if (_syncing)
            {
                _held.Add(push); // a gap inside the held pushes started a new hold
            }
            else
            {
                Apply(push);
            }
        }
    }

    private void Apply(Candle candle, bool fromHistory = false)
    {
        if (_lastClosed is { } last && candle.OpenTime <= last)
        {
            return;
        }
        if (_open is null || candle.OpenTime == _open.OpenTime)
        {
            if (_open is null || candle.Volume >= _open.Volume)
            {
                _open = candle;
            }
            return;
        }
        if (!fromHistory && onGap is not null && candle.OpenTime > interval.NextOpen(_open.OpenTime))
        {
            // a bar is missing although the connection is up: hold, and fill from the running bar on
            _syncing = true;
            _held.Clear();
            _held.Add(candle);
            _generation++;
            onGap(this, _generation);
            return;
        }
        if (candle.OpenTime < _open.OpenTime)
        {
            if (fromHistory)
            {
                Emit(candle);
            }
            return; // a late push of a bar already passed
        }
        Emit(_open);
        _open = candle;
    }

    private void Emit(Candle candle)
    {
        _lastClosed = candle.OpenTime;
        closed.TryWrite(candle with { IsClosed = true });
    }
}
