namespace MexcTrader.Core.Indicators;

/// <summary>Argument checks shared by every indicator, so each bad input gets the same clear message.</summary>
internal static class Guard
{
    public static int Period(int value, string name, int minimum = 1)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum} (was {value}).");
        }
        return value;
    }

    public static double NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0 (was {value}).");
        }
        return value;
    }

    public static void SameLength(int expected, int actual, string name)
    {
        if (actual != expected)
        {
            throw new ArgumentException(
                $"{name} has {actual} elements but the input has {expected}; batch inputs and outputs must have the same length.",
                name
            );
        }
    }

    /// <summary>TA-Lib's TA_IS_ZERO: |x| &lt; 1e-14.</summary>
    public static bool IsZero(double value) => value > -1e-14 && value < 1e-14;
}
