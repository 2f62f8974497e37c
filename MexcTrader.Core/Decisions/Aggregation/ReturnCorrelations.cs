using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using MexcTrader.Core.Signals;

namespace MexcTrader.Core.Decisions.Aggregation;

/// <summary>
/// Pearson correlations of the pairs' last per-candle returns: each series is centred and scaled to unit length once,
/// so each pair of pairs costs one dot product. Pairs whose newest candle is not the newest overall are misaligned
/// and get 0 (unknown). The work buffer is reused; only the result array is allocated.
/// </summary>
internal sealed class ReturnCorrelations(int window, int minReturns)
{
    private double[] _unit = [];

    public CorrelationMatrix Compute(PairState[] states, SymbolIndex index)
    {
        var n = states.Length;
        var upper = new double[n * (n - 1) / 2];
        if (n < 2)
        {
            return new CorrelationMatrix(index, upper);
        }
        var newest = DateTimeOffset.MinValue;
        var length = window;
        foreach (var state in states)
        {
            newest = state.Last.OpenTime > newest ? state.Last.OpenTime : newest;
        }
        foreach (var state in states)
        {
            if (state.Last.OpenTime == newest)
            {
                length = (int)Math.Min(length, Math.Min(state.Count, state.Capacity) - 1);
            }
        }
        if (length < minReturns)
        {
            return new CorrelationMatrix(index, upper);
        }
        if (_unit.Length < n * length)
        {
            _unit = new double[n * length];
        }
        for (var i = 0; i < n; i++)
        {
            var series = _unit.AsSpan(i * length, length);
            if (states[i].Last.OpenTime != newest)
            {
                series.Clear();
                continue;
            }
            Normalise(states[i], series);
        }
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            var a = new ReadOnlySpan<double>(_unit, i * length, length);
            for (var j = i + 1; j < n; j++, k++)
            {
                upper[k] = Math.Clamp(Dot(a, new ReadOnlySpan<double>(_unit, j * length, length)), -1, 1);
            }
        }
        return new CorrelationMatrix(index, upper);
    }

    /// <summary>Returns, centred, scaled to unit length; zeros for a flat series.</summary>
    private static void Normalise(PairState state, Span<double> target)
    {
        var sum = 0.0;
        var previous = state[target.Length].Close;
        for (var k = target.Length - 1; k >= 0; k--)
        {
            var close = state[k].Close;
            var r = previous > 0 ? close / previous - 1 : 0;
            target[k] = r;
            sum += r;
            previous = close;
        }
        var mean = sum / target.Length;
        var squares = 0.0;
        for (var k = 0; k < target.Length; k++)
        {
            var d = target[k] - mean;
            target[k] = d;
            squares += d * d;
        }
        if (!(squares > 1e-30))
        {
            target.Clear();
            return;
        }
        var scale = 1 / Math.Sqrt(squares);
        for (var k = 0; k < target.Length; k++)
        {
            target[k] *= scale;
        }
    }

    /// <summary>Two 4-wide accumulators without bounds checks: this loop is most of the snapshot's time.</summary>
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var y = ref MemoryMarshal.GetReference(b);
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        var sum = 0.0;
        if (Vector256.IsHardwareAccelerated)
        {
            var first = Vector256<double>.Zero;
            var second = Vector256<double>.Zero;
            for (; i <= n - 8; i += 8)
            {
                first += Vector256.LoadUnsafe(ref x, (nuint)i) * Vector256.LoadUnsafe(ref y, (nuint)i);
                second += Vector256.LoadUnsafe(ref x, (nuint)(i + 4)) * Vector256.LoadUnsafe(ref y, (nuint)(i + 4));
            }
            for (; i <= n - 4; i += 4)
            {
                first += Vector256.LoadUnsafe(ref x, (nuint)i) * Vector256.LoadUnsafe(ref y, (nuint)i);
            }
            sum = Vector256.Sum(first + second);
        }
        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref x, i) * Unsafe.Add(ref y, i);
        }
        return sum;
    }
}
