using System.Runtime.CompilerServices;

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
        Guard.Finite(value, nameof(value));
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
        var deviation = Deviation(meanSquares, middle);
        Middle = middle;
        Upper = middle + deviation * DeviationsUp;
        Lower = middle - deviation * DeviationsDown;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Deviation(double meanSquares, double middle)
    {
        var variance = meanSquares - middle * middle;
        return variance < 1e-14 ? 0.0 : Math.Sqrt(variance);
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
        Guard.Finite(input, nameof(input));
        Guard.Period(period, nameof(period));
        Guard.NonNegative(deviationsUp, nameof(deviationsUp));
        Guard.NonNegative(deviationsDown, nameof(deviationsDown));
        Guard.SameLength(input.Length, upper.Length, nameof(upper));
        Guard.SameLength(input.Length, middle.Length, nameof(middle));
        Guard.SameLength(input.Length, lower.Length, nameof(lower));
        // Same operations in the same order as Update (a test checks bit identity).
        var warmUp = Math.Min(period - 1, input.Length);
        upper[..warmUp].Fill(double.NaN);
        middle[..warmUp].Fill(double.NaN);
        lower[..warmUp].Fill(double.NaN);
        double sum = 0.0,
            sumSquares = 0.0;
        for (var i = 0; i < input.Length; i++)
        {
            var value = input[i];
            if (i >= period)
            {
                var oldest = input[i - period];
                sum -= oldest;
                sum += value;
                sumSquares -= oldest * oldest;
                sumSquares += value * value;
            }
            else
            {
                sum += value;
                sumSquares += value * value;
                if (i < period - 1)
                {
                    continue;
                }
            }
            var mid = sum / period;
            var deviation = Deviation(sumSquares / period, mid);
            middle[i] = mid;
            upper[i] = mid + deviation * deviationsUp;
            lower[i] = mid - deviation * deviationsDown;
        }
    }
}
