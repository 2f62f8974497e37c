namespace MexcTrader.Core.Indicators;

/// <summary>
/// Parabolic SAR as TA-Lib SAR: first value at row 1; starts short when row 1 has a positive −DM against row 0,
/// long otherwise; on the first step row 1 serves as its own previous bar (TA-Lib's start-up convention).
/// </summary>
public sealed class ParabolicSar
{
    private readonly double _acceleration;
    private readonly double _maximum;
    private double _sar;
    private double _extreme;
    private double _factor;
    private double _previousHigh;
    private double _previousLow;
    private bool _isLong;
    private int _rows;

    public ParabolicSar(double acceleration = 0.02, double maximum = 0.2)
    {
        Guard.NonNegative(acceleration, nameof(acceleration));
        Guard.NonNegative(maximum, nameof(maximum));
        _maximum = maximum;
        _acceleration = acceleration > maximum ? maximum : acceleration;
    }

    public int Lookback { get; } = 1;
    public bool IsReady => _rows > 1;
    public double Value { get; private set; } = double.NaN;

    /// <summary>True while the SAR sits below price (long); meaningful once <see cref="IsReady"/>.</summary>
    public bool IsLong => _isLong;

    public double Update(double high, double low)
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        if (_rows == 0)
        {
            _previousHigh = high;
            _previousLow = low;
            _rows = 1;
            return Value;
        }
        if (_rows == 1)
        {
            Start(high, low);
            _rows = 2;
        }
        var previousHigh = _previousHigh;
        var previousLow = _previousLow;
        _previousHigh = high;
        _previousLow = low;
        Value = _isLong
            ? StepLong(high, low, previousHigh, previousLow)
            : StepShort(high, low, previousHigh, previousLow);
        return Value;
    }

    private void Start(double high, double low)
    {
        var down = _previousLow - low;
        var up = high - _previousHigh;
        _isLong = !(down > 0 && up < down);
        _sar = _isLong ? _previousLow : _previousHigh;
        _extreme = _isLong ? high : low;
        _factor = _acceleration;
        // TA-Lib compares the first bar with itself, not with row 0.
        _previousHigh = high;
        _previousLow = low;
    }

    private double StepLong(double high, double low, double previousHigh, double previousLow)
    {
        if (low <= _sar)
        {
            _isLong = false;
            var output = Math.Max(Math.Max(_extreme, previousHigh), high);
            _factor = _acceleration;
            _extreme = low;
            _sar = Math.Max(Math.Max(output + _factor * (_extreme - output), previousHigh), high);
            return output;
        }
        var current = _sar;
        if (high > _extreme)
        {
            _extreme = high;
            _factor = Math.Min(_factor + _acceleration, _maximum);
        }
        _sar = Math.Min(Math.Min(_sar + _factor * (_extreme - _sar), previousLow), low);
        return current;
    }

    private double StepShort(double high, double low, double previousHigh, double previousLow)
    {
        if (high >= _sar)
        {
            _isLong = true;
            var output = Math.Min(Math.Min(_extreme, previousLow), low);
            _factor = _acceleration;
            _extreme = high;
            _sar = Math.Min(Math.Min(output + _factor * (_extreme - output), previousLow), low);
            return output;
        }
        var current = _sar;
        if (low < _extreme)
        {
            _extreme = low;
            _factor = Math.Min(_factor + _acceleration, _maximum);
        }
        _sar = Math.Max(Math.Max(_sar + _factor * (_extreme - _sar), previousHigh), high);
        return current;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        Span<double> output,
        double acceleration = 0.02,
        double maximum = 0.2
    )
    {
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, output.Length, nameof(output));
        var sar = new ParabolicSar(acceleration, maximum);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = sar.Update(high[i], low[i]);
        }
    }
}
