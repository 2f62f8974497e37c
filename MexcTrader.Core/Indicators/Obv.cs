namespace MexcTrader.Core.Indicators;

/// <summary>On-balance volume as TA-Lib: first value = the first volume, then ±volume as the close rises or falls.</summary>
public sealed class Obv
{
    private double _previousClose;

    public int Lookback { get; }
    public bool IsReady { get; private set; }
    public double Value { get; private set; } = double.NaN;

    public double Update(double close, double volume)
    {
        Guard.Finite(close, nameof(close));
        Guard.Volume(volume, nameof(volume));
        if (!IsReady)
        {
            IsReady = true;
            Value = volume;
        }
        else if (close > _previousClose)
        {
            Value += volume;
        }
        else if (close < _previousClose)
        {
            Value -= volume;
        }
        _previousClose = close;
        return Value;
    }

    public static void Batch(ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> output)
    {
        Guard.Finite(close, nameof(close));
        Guard.Volumes(volume, nameof(volume));
        Guard.SameLength(close.Length, volume.Length, nameof(volume));
        Guard.SameLength(close.Length, output.Length, nameof(output));
        var obv = new Obv();
        for (var i = 0; i < close.Length; i++)
        {
            output[i] = obv.Update(close[i], volume[i]);
        }
    }
}
