namespace MexcTrader.Core.Indicators;

/// <summary>
/// Relative strength index with Wilder smoothing as TA-Lib: plain means of the first <c>period</c> gains and losses
/// seed the averages; first value at row n; 0 when both averages are (near) zero.
/// </summary>
public sealed class Rsi
{
    private double _gain;
    private double _loss;
    private double _previous;
    private int _rows;

    public Rsi(int period = 14)
    {
        Period = Guard.Period(period, nameof(period));
    }

    public int Period { get; }
    public int Lookback => Period;
    public bool IsReady => _rows > Period;
    public double Value { get; private set; } = double.NaN;

    public double Update(double value)
    {
        var row = _rows;
        var change = value - _previous;
        _previous = value;
        if (row == 0)
        {
            _rows = 1;
            return Value;
        }
        if (row > Period)
        {
            _loss *= Period - 1;
            _gain *= Period - 1;
            if (change < 0)
            {
                _loss -= change;
            }
            else
            {
                _gain += change;
            }
            _loss /= Period;
            _gain /= Period;
            Value = Output();
            return Value;
        }
        if (change < 0)
        {
            _loss -= change;
        }
        else
        {
            _gain += change;
        }
        _rows++;
        if (row == Period)
        {
            _loss /= Period;
            _gain /= Period;
            Value = Output();
        }
        return Value;
    }

    private double Output()
    {
        var total = _gain + _loss;
        return Guard.IsZero(total) ? 0.0 : 100.0 * (_gain / total);
    }

    public static void Batch(ReadOnlySpan<double> input, Span<double> output, int period = 14)
    {
        Guard.SameLength(input.Length, output.Length, nameof(output));
        var rsi = new Rsi(period);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = rsi.Update(input[i]);
        }
    }
}
