namespace MexcTrader.Core.Signals.Agents.Technical;

/// <summary>
/// Finds swing highs/lows (a bar more extreme than <c>span</c> bars on each side, so confirmed <c>span</c> bars late)
/// and compares each with the previous swing of the same kind: higher price high with a lower oscillator high is a
/// bearish divergence (−1), lower price low with a higher oscillator low a bullish one (+1). O(span) per bar, no
/// allocation after construction.
/// </summary>
internal sealed class PivotDivergence(int span, int maxBars)
{
    private readonly double[] _highs = new double[2 * span + 1];
    private readonly double[] _lows = new double[2 * span + 1];
    private readonly double[] _oscillator = new double[2 * span + 1];
    private int _head = -1;
    private long _bars;
    private Swing _lastHigh = Swing.None;
    private Swing _lastLow = Swing.None;

    /// <summary>+1 bullish, −1 bearish, 0 none, for the newest bar.</summary>
    public int Signal { get; private set; }

    public void Update(double high, double low, double oscillator)
    {
        Signal = 0;
        if (double.IsNaN(oscillator))
        {
            return;
        }
        var size = _highs.Length;
        _head = _head + 1 == size ? 0 : _head + 1;
        _highs[_head] = high;
        _lows[_head] = low;
        _oscillator[_head] = oscillator;
        _bars++;
        if (_bars < size)
        {
            return;
        }
        var center = (_head - span + size) % size;
        var isHigh = true;
        var isLow = true;
        for (var i = 0; i < size; i++)
        {
            if (i == center)
            {
                continue;
            }
            isHigh &= _highs[center] > _highs[i];
            isLow &= _lows[center] < _lows[i];
        }
        var at = _bars - 1 - span;
        if (isHigh)
        {
            var swing = new Swing(at, _highs[center], _oscillator[center]);
            if (
                _lastHigh.Within(at, maxBars)
                && swing.Price > _lastHigh.Price
                && swing.Oscillator < _lastHigh.Oscillator
            )
            {
                Signal = -1;
            }
            _lastHigh = swing;
        }
        if (isLow)
        {
            var swing = new Swing(at, _lows[center], _oscillator[center]);
            if (_lastLow.Within(at, maxBars) && swing.Price < _lastLow.Price && swing.Oscillator > _lastLow.Oscillator)
            {
                Signal = 1;
            }
            _lastLow = swing;
        }
    }

    private readonly record struct Swing(long Bar, double Price, double Oscillator)
    {
        public static Swing None { get; } = new(-1, double.NaN, double.NaN);

        public bool Within(long bar, int maxBars) => Bar >= 0 && bar - Bar <= maxBars;
    }
}
