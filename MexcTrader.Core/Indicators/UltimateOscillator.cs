namespace MexcTrader.Core.Indicators;

/// <summary>
/// Ultimate oscillator as TA-Lib ULTOSC: BP = close − min(low, prevClose), TR = max(high, prevClose) − min(low, prevClose);
/// 100·(4·ΣBP/ΣTR(short) + 2·ΣBP/ΣTR(mid) + ΣBP/ΣTR(long))/7 with the periods sorted ascending (a term is 0 when its
/// ΣTR is zero). Lookback = the longest period.
/// </summary>
public sealed class UltimateOscillator
{
    private readonly int[] _periods;
    private readonly double[] _buyingPressure;
    private readonly double[] _trueRange;
    private readonly double[] _bpSums = new double[3];
    private readonly double[] _trSums = new double[3];
    private double _previousClose;
    private int _rows; // saturates at the longest period + 1
    private int _slot;

    public UltimateOscillator(int period1 = 7, int period2 = 14, int period3 = 28)
    {
        Guard.Period(period1, nameof(period1));
        Guard.Period(period2, nameof(period2));
        Guard.Period(period3, nameof(period3));
        _periods = [period1, period2, period3];
        Array.Sort(_periods);
        _buyingPressure = new double[_periods[2]];
        _trueRange = new double[_periods[2]];
    }

    public int Lookback => _periods[2];
    public bool IsReady => _rows > _periods[2];
    public double Value { get; private set; } = double.NaN;

    public double Update(double high, double low, double close)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        var previousClose = _previousClose;
        _previousClose = close;
        if (_rows == 0)
        {
            _rows = 1;
            return Value;
        }
        var trueLow = Math.Min(low, previousClose);
        var bp = close - trueLow;
        var tr = Math.Max(high, previousClose) - trueLow;
        var capacity = _trueRange.Length;
        _buyingPressure[_slot] = bp;
        _trueRange[_slot] = tr;
        var row = _rows; // rows with a buying pressure so far, this one included; saturates at capacity + 1
        if (row >= capacity)
        {
            for (var k = 0; k < 3; k++)
            {
                if (row == capacity)
                {
                    // TA-Lib primes each window from zero at its first output (rows t−p+1 … t−1, oldest first);
                    // a running sum from row 1 would leave rounding residue where TA-Lib has exact zeros.
                    _bpSums[k] = 0.0;
                    _trSums[k] = 0.0;
                    for (var back = _periods[k] - 1; back > 0; back--)
                    {
                        var primed = (_slot - back + capacity) % capacity;
                        _bpSums[k] += _buyingPressure[primed];
                        _trSums[k] += _trueRange[primed];
                    }
                }
                _bpSums[k] += bp;
                _trSums[k] += tr;
            }
            Value = Output();
            for (var k = 0; k < 3; k++)
            {
                // the row that leaves this window before the next update
                var old = (_slot - (_periods[k] - 1) + capacity) % capacity;
                _bpSums[k] -= _buyingPressure[old];
                _trSums[k] -= _trueRange[old];
            }
        }
        if (++_slot == capacity)
        {
            _slot = 0;
        }
        if (_rows <= capacity)
        {
            _rows++;
        }
        return Value;
    }

    private double Output()
    {
        var total = 0.0;
        if (!Guard.IsZero(_trSums[0]))
        {
            total += 4.0 * (_bpSums[0] / _trSums[0]);
        }
        if (!Guard.IsZero(_trSums[1]))
        {
            total += 2.0 * (_bpSums[1] / _trSums[1]);
        }
        if (!Guard.IsZero(_trSums[2]))
        {
            total += _bpSums[2] / _trSums[2];
        }
        return 100.0 * (total / 7.0);
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> output,
        int period1 = 7,
        int period2 = 14,
        int period3 = 28
    )
    {
        Guard.HighLowClose(high, low, close);
        Guard.SameLength(high.Length, output.Length, nameof(output));
        var ultOsc = new UltimateOscillator(period1, period2, period3);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = ultOsc.Update(high[i], low[i], close[i]);
        }
    }
}
