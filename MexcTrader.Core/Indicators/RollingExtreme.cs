namespace MexcTrader.Core.Indicators;

/// <summary>
/// Highest (or lowest) value over the last <c>window</c> updates as a monotonic deque: amortised O(1) per update,
/// arrays allocated once. On ties the most recent index wins (TA-Lib's AROON convention).
/// </summary>
internal sealed class RollingExtreme
{
    private readonly double[] _values;
    private readonly long[] _indexes;
    private readonly int _window;
    private readonly bool _max;
    private int _head;
    private int _count;
    private long _next;

    public RollingExtreme(int window, bool max)
    {
        _window = window;
        _max = max;
        _values = new double[window + 1];
        _indexes = new long[window + 1];
    }

    public double Value => _values[_head];

    /// <summary>Number of updates between the extreme and the newest value (0 = newest).</summary>
    public long Age => _next - 1 - _indexes[_head];

    public void Add(double value)
    {
        var capacity = _values.Length;
        while (_count > 0)
        {
            var back = (_head + _count - 1) % capacity;
            var last = _values[back];
            if (_max ? last <= value : last >= value)
            {
                _count--;
            }
            else
            {
                break;
            }
        }
        var slot = (_head + _count) % capacity;
        _values[slot] = value;
        _indexes[slot] = _next;
        _count++;
        while (_indexes[_head] <= _next - _window)
        {
            _head = (_head + 1) % capacity;
            _count--;
        }
        _next++;
    }
}
