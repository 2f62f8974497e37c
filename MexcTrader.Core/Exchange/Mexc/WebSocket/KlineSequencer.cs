using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>
/// Turns kline pushes of one (symbol, interval) into closed candles, in order, each exactly once. MEXC has no
/// "closed" flag: a bar is final when a later bar appears. After a (re)connect the REST history fills what the
/// stream missed while pushes are held back; within a bar volume only grows, so an older state never replaces a newer.
/// </summary>
internal sealed class KlineSequencer(
    Symbol symbol,
    Interval interval,
    DateTimeOffset? since,
    ChannelWriter<Candle> closed
)
{
    private readonly Lock _gate = new();
    private readonly List<Candle> _held = [];
    private DateTimeOffset? _lastClosed;
    private Candle? _open;
    private bool _syncing;

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
        }
    }

    /// <summary>Fills the gap since the last closed candle (or since the start asked for) from REST, retrying until it succeeds.</summary>
    public async Task ResyncAsync(
        IKlineHistory history,
        TimeProvider clock,
        Func<int, TimeSpan> backoff,
        CancellationToken ct
    )
    {
        DateTimeOffset? from;
        lock (_gate)
        {
            from = _lastClosed is { } last ? interval.NextOpen(last) : since ?? _open?.OpenTime;
        }
        if (from is null)
        {
            Release(); // nothing delivered and no start asked for: the live stream is the start
            return;
        }
        for (var attempt = 0; ; attempt++)
        {
            // cancelled (the connection dropped): stay held; the next connection syncs again
            var page = await history
                .GetKlinesAsync(symbol, interval, from.Value, clock.GetUtcNow() + interval.Length(), ct)
                .ConfigureAwait(false);
            if (page.IsSuccess)
            {
                lock (_gate)
                {
                    // REST candles older than the newest one are final, even if a later bar was already seen
                    foreach (var candle in page.Value.OrderBy(c => c.OpenTime))
                    {
                        Apply(candle with { IsClosed = false }, fromHistory: true);
                    }
                }
                Release();
                return;
            }
            await Task.Delay(backoff(attempt), clock, ct).ConfigureAwait(false);
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            _syncing = false;
            foreach (var held in _held)
            {
                Apply(held);
            }
            _held.Clear();
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
