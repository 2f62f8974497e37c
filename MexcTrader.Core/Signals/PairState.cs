using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals;

/// <summary>
/// One pair's rolling window of closed candles plus the streaming features agents registered on it; each
/// <see cref="Add"/> is O(1) in the window and O(1) per feature.
/// </summary>
public sealed class PairState
{
    private readonly Bar[] _window;
    private readonly List<IPairFeature> _features = [];
    private readonly Dictionary<string, IPairFeature> _byKey = new(StringComparer.Ordinal);
    private int _head = -1;

    public PairState(Symbol symbol, Interval interval, int capacity = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Symbol = symbol;
        Interval = interval;
        _window = new Bar[capacity];
    }

    public Symbol Symbol { get; }
    public Interval Interval { get; }
    public TimeSpan IntervalLength => Interval.Length();

    /// <summary>Closed candles seen since start (not capped by the window).</summary>
    public long Count { get; private set; }
    public int Capacity => _window.Length;
    public Bar Last => Count > 0 ? _window[_head] : throw new InvalidOperationException("No candle yet.");

    /// <summary>Close time of the newest candle: the moment a signal computed on it is formed.</summary>
    public DateTimeOffset Now => Last.OpenTime + IntervalLength;

    /// <summary>The candle <paramref name="back"/> closes ago (0 = newest), within the window.</summary>
    public Bar this[int back]
    {
        get
        {
            if (back < 0 || back >= Math.Min(Count, _window.Length))
            {
                throw new ArgumentOutOfRangeException(nameof(back), back, "Outside the rolling window.");
            }
            var index = _head - back;
            return _window[index < 0 ? index + _window.Length : index];
        }
    }

    /// <summary>The feature stored under <paramref name="key"/>, created on first use (before any candle is best).</summary>
    public T Feature<T>(string key, Func<T> create)
        where T : class, IPairFeature
    {
        if (_byKey.TryGetValue(key, out var existing))
        {
            return existing as T
                ?? throw new InvalidOperationException(
                    $"Feature '{key}' is a {existing.GetType().Name}, not {typeof(T).Name}."
                );
        }
        var feature = create();
        _byKey.Add(key, feature);
        _features.Add(feature);
        return feature;
    }

    public void Add(in Bar bar)
    {
        if (Count > 0 && bar.OpenTime <= _window[_head].OpenTime)
        {
            throw new ArgumentException(
                $"{Symbol}: candle at {bar.OpenTime:O} is not after {_window[_head].OpenTime:O}.",
                nameof(bar)
            );
        }
        _head = _head + 1 == _window.Length ? 0 : _head + 1;
        _window[_head] = bar;
        Count++;
        foreach (var feature in _features)
        {
            feature.Update(in bar);
        }
    }
}
