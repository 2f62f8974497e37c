using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

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

    /// <summary>Rejects NaN and ±∞ before any state changes: one bad tick would otherwise poison running sums for good.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            ThrowNotFinite(value, name);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Volume(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            ThrowBadVolume(value, name);
        }
    }

    /// <summary>Checks a whole batch column up front, so a bad value throws before any output is written.</summary>
    /// <summary>The price inputs of a high/low/close indicator: finite and of one length.</summary>
    public static void HighLowClose(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close)
    {
        Finite(high, nameof(high));
        Finite(low, nameof(low));
        Finite(close, nameof(close));
        SameLength(high.Length, low.Length, nameof(low));
        SameLength(high.Length, close.Length, nameof(close));
    }

    public static void Finite(ReadOnlySpan<double> values, string name)
    {
        // x·0 is 0 for finite x and NaN for NaN or ±∞, so one vector sum flags any bad value.
        var probe = Vector<double>.Zero;
        var i = 0;
        for (; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            probe += new Vector<double>(values[i..]) * Vector<double>.Zero;
        }
        var total = Vector.Sum(probe);
        for (; i < values.Length; i++)
        {
            total += values[i] * 0.0;
        }
        if (double.IsNaN(total))
        {
            var bad = FirstNonFinite(values);
            throw new ArgumentException(
                $"{name}[{bad}] is {values[bad]}; indicator inputs must be finite numbers.",
                name
            );
        }
    }

    public static void Volumes(ReadOnlySpan<double> values, string name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0) || double.IsInfinity(values[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {values[i]}; volumes must be finite and ≥ 0.", name);
            }
        }
    }

    private static int FirstNonFinite(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }
        return -1;
    }

    [DoesNotReturn]
    private static void ThrowNotFinite(double value, string name) =>
        throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number (was {value}).");

    [DoesNotReturn]
    private static void ThrowBadVolume(double value, string name) =>
        throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and ≥ 0 (was {value}).");

    /// <summary>TA-Lib's TA_IS_ZERO: |x| &lt; 1e-14.</summary>
    public static bool IsZero(double value) => value > -1e-14 && value < 1e-14;
}
