using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Models;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>
/// A local order book from a REST depth snapshot plus versioned aggre.depth deltas (mexc-api.md §9.6): deltas are
/// buffered until a snapshot fits them, and any version gap drops the book until the next snapshot.
/// </summary>
public sealed class OrderBookSync(Func<CancellationToken, Task<Result<OrderBookSnapshot>>> snapshot)
{
    private readonly Lock _gate = new();
    private readonly List<DepthDelta> _buffer = [];
    private readonly SortedDictionary<decimal, decimal> _bids = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedDictionary<decimal, decimal> _asks = new();
    private bool _synced;

    public long Version { get; private set; }

    public bool IsSynced
    {
        get
        {
            lock (_gate)
            {
                return _synced;
            }
        }
    }

    /// <summary>How many times a gap (or a snapshot that did not fit) forced a new snapshot.</summary>
    public int Restarts { get; private set; }

    /// <summary>Applies a delta when synced; buffers it otherwise. False when it broke the version chain (resync needed).</summary>
    public bool OnDelta(DepthDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        lock (_gate)
        {
            if (!_synced)
            {
                _buffer.Add(delta);
                return true;
            }
            if (delta.ToVersion <= Version)
            {
                return true; // wholly inside what the snapshot already showed
            }
            // after a snapshot with no buffered delta left, the next push may start at or before its version (a
            // push covers several versions); levels are absolute, so the overlap is harmless. Past that, any hole
            // is a gap.
            if (delta.FromVersion > Version + 1)
            {
                _synced = false;
                Restarts++;
                _buffer.Clear();
                _buffer.Add(delta);
                return false;
            }
            Apply(delta);
            return true;
        }
    }

    /// <summary>Fetches a snapshot and joins it to the buffered deltas; false when they do not fit yet (call again).</summary>
    public async Task<bool> TrySyncAsync(CancellationToken ct)
    {
        var book = await snapshot(ct).ConfigureAwait(false);
        if (!book.IsSuccess)
        {
            return false;
        }
        var snap = book.Value;
        lock (_gate)
        {
            if (_synced)
            {
                return true;
            }
            if (_buffer.Count == 0 || snap.LastUpdateId < _buffer[0].FromVersion - 1)
            {
                return false; // no delta yet to join, or the snapshot is older than the stream
            }
            _buffer.RemoveAll(d => d.ToVersion <= snap.LastUpdateId);
            if (_buffer.Count > 0 && _buffer[0].FromVersion > snap.LastUpdateId + 1)
            {
                Restarts++;
                return false;
            }
            Load(snap);
            foreach (var delta in _buffer)
            {
                if (delta.FromVersion > Version + 1)
                {
                    Restarts++;
                    _buffer.Clear();
                    return false;
                }
                Apply(delta);
            }
            _buffer.Clear();
            _synced = true;
            return true;
        }
    }

    /// <summary>Best levels now: bids highest first, asks lowest first.</summary>
    public (IReadOnlyList<PriceLevel> Bids, IReadOnlyList<PriceLevel> Asks) Top(int levels)
    {
        lock (_gate)
        {
            return (
                [.. _bids.Take(levels).Select(l => new PriceLevel(l.Key, l.Value))],
                [.. _asks.Take(levels).Select(l => new PriceLevel(l.Key, l.Value))]
            );
        }
    }

    private void Load(OrderBookSnapshot snap)
    {
        _bids.Clear();
        _asks.Clear();
        foreach (var level in snap.Bids)
        {
            _bids[level.Price] = level.Quantity;
        }
        foreach (var level in snap.Asks)
        {
            _asks[level.Price] = level.Quantity;
        }
        Version = snap.LastUpdateId;
    }

    private void Apply(DepthDelta delta)
    {
        // a delta may overlap the snapshot: levels carry absolute quantities, so re-applying is harmless
        Set(_bids, delta.Bids);
        Set(_asks, delta.Asks);
        Version = delta.ToVersion;
    }

    private static void Set(SortedDictionary<decimal, decimal> side, IReadOnlyList<PriceLevel> levels)
    {
        foreach (var level in levels)
        {
            if (level.Quantity == 0)
            {
                side.Remove(level.Price);
            }
            else
            {
                side[level.Price] = level.Quantity;
            }
        }
    }
}
