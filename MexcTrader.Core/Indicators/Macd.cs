namespace MexcTrader.Core.Indicators;

/// <summary>
/// MACD as TA-Lib: slow EMA from row 0; the fast EMA is seeded with the SMA of the <c>fast</c> rows that end where
/// the slow seed ends (TA-Lib's quirk); signal = EMA of MACD; all three outputs start at (slow−1)+(signal−1).
/// If fast &gt; slow the two are swapped, as TA-Lib does.
/// </summary>
public sealed class Macd
{
    private readonly Ema _fast;
    private readonly Ema _slow;
    private readonly Ema _signal;
    private readonly int _fastStartRow;
    private int _rows;

    public Macd(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        Guard.Period(fastPeriod, nameof(fastPeriod));
        Guard.Period(slowPeriod, nameof(slowPeriod));
        Guard.Period(signalPeriod, nameof(signalPeriod));
        if (slowPeriod < fastPeriod)
        {
            (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
        }
        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
        SignalPeriod = signalPeriod;
        _fast = new Ema(fastPeriod);
        _slow = new Ema(slowPeriod);
        _signal = new Ema(signalPeriod);
        _fastStartRow = slowPeriod - fastPeriod;
    }

    public int FastPeriod { get; }
    public int SlowPeriod { get; }
    public int SignalPeriod { get; }
    public int Lookback => SlowPeriod - 1 + SignalPeriod - 1;
    public bool IsReady => _signal.IsReady;
    public double Value { get; private set; } = double.NaN;
    public double Signal { get; private set; } = double.NaN;
    public double Histogram { get; private set; } = double.NaN;

    /// <summary>Adds one value; returns true once MACD, signal and histogram have values.</summary>
    public bool Update(double value)
    {
        var slow = _slow.Update(value);
        if (_rows < _fastStartRow)
        {
            _rows++;
            return false;
        }
        var fast = _fast.Update(value);
        if (!_slow.IsReady)
        {
            return false;
        }
        var macd = fast - slow;
        var signal = _signal.Update(macd);
        if (!_signal.IsReady)
        {
            return false;
        }
        Value = macd;
        Signal = signal;
        Histogram = macd - signal;
        return true;
    }

    public static void Batch(
        ReadOnlySpan<double> input,
        Span<double> macd,
        Span<double> signal,
        Span<double> histogram,
        int fastPeriod = 12,
        int slowPeriod = 26,
        int signalPeriod = 9
    )
    {
        Guard.Finite(input, nameof(input));
        Guard.SameLength(input.Length, macd.Length, nameof(macd));
        Guard.SameLength(input.Length, signal.Length, nameof(signal));
        Guard.SameLength(input.Length, histogram.Length, nameof(histogram));
        var sut = new Macd(fastPeriod, slowPeriod, signalPeriod);
        for (var i = 0; i < input.Length; i++)
        {
            sut.Update(input[i]);
            macd[i] = sut.Value;
            signal[i] = sut.Signal;
            histogram[i] = sut.Histogram;
        }
    }
}
