namespace MexcTrader.Core.Indicators;

/// <summary>
/// Bollinger Bands as TA-Lib BBANDS with the SMA middle: σ is the population deviation
/// <c>sqrt(Σx²/n − middle²)</c> from running sums (0 when the variance is below 1e-14); bands = middle ± k·σ.
/// </summary>
public sealed class BollingerBands
{
    private readonly double[] _window;
    private double _sum;
    private double _sumSquares;
    private int _count;
    private int _slot;

    public BollingerBands(int period = 20, double deviationsUp = 2.0, double deviationsDown = 2.0)
    {
        Period = Guard.Period(period, nameof(period));
        DeviationsUp = Guard.NonNegative(deviationsUp, nameof(deviationsUp));
        DeviationsDown = Guard.NonNegative(deviationsDown, nameof(deviationsDown));
        _window = new double[period];
    }

    public int Period { get; }
    public double DeviationsUp { get; }
    public double DeviationsDown { get; }
    public int Lookback => Period - 1;
    public bool IsReady => _count >= Period;
    public double Upper { get; private set; } = double.NaN;
    public double Middle { get; private set; } = double.NaN;
    public double Lower { get; private set; } = double.NaN;

    /// <summary>Adds one value; returns true once the bands have values.</summary>
    public bool Update(double value)
    {
        var oldest = _window[_slot];
        _window[_slot] = value;
        if (++_slot == _window.Length)
        {
            _slot = 0;
        }
        if (_count >= Period)
        {
            _sum -= oldest;
            _sum += value;
            _sumSquares -= oldest * oldest;
            _sumSquares += value * value;
            Publish(_sumSquares / Period);
            return true;
        }
        _sum += value;
        _sumSquares += value * value;
        if (++_count < Period)
        {
            return false;
        }
        Publish(_sumSquares / Period);
        return true;
    }

    private void Publish(double meanSquares)
    {
        var middle = _sum / Period;
        var variance = meanSquares - middle * middle;
        var deviation = variance < 1e-14 ? 0.0 : Math.Sqrt(variance);
        Middle = middle;
        Upper = middle + deviation * DeviationsUp;
        Lower = middle - deviation * DeviationsDown;
    }

    public static void Batch(
        ReadOnlySpan<double> input,
        Span<double> upper,
        Span<double> middle,
        Span<double> lower,
        int period = 20,
        double deviationsUp = 2.0,
        double deviationsDown = 2.0
    )
    {
        Guard.SameLength(input.Length, upper.Length, nameof(upper));
        Guard.SameLength(input.Length, middle.Length, nameof(middle));
        Guard.SameLength(input.Length, lower.Length, nameof(lower));
        var bands = new BollingerBands(period, deviationsUp, deviationsDown);
        for (var i = 0; i < input.Length; i++)
        {
            bands.Update(input[i]);
            upper[i] = bands.Upper;
            middle[i] = bands.Middle;
            lower[i] = bands.Lower;
        }
    }
}
