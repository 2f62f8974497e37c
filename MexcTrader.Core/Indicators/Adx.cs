namespace MexcTrader.Core.Indicators;

/// <summary>
/// Average directional index as TA-Lib: first value at row 2n−1 = mean of DX rows n…2n−1, then Wilder smoothing.
/// Like TA-Lib, a row whose DX is undefined (smoothed TR or DI sum zero) leaves ADX unchanged.
/// </summary>
public sealed class Adx
{
    private readonly DirectionalIndex _di;
    private double _sumDx;
    private int _dxRows;

    public Adx(int period = 14)
    {
        _di = new DirectionalIndex(period);
        Period = period;
    }

    public int Period { get; }
    public int Lookback => 2 * Period - 1;
    public bool IsReady => _dxRows >= Period;
    public double Value { get; private set; } = double.NaN;
    public double PlusDi => _di.PlusDi;
    public double MinusDi => _di.MinusDi;

    public double Update(double high, double low, double close)
    {
        if (!_di.Update(high, low, close))
        {
            return Value;
        }
        var defined = _di.TryDx(out var dx);
        if (_dxRows >= Period)
        {
            if (defined)
            {
                Value = (Value * (Period - 1) + dx) / Period;
            }
            return Value;
        }
        _sumDx += dx;
        if (++_dxRows == Period)
        {
            Value = _sumDx / Period;
        }
        return Value;
    }

    public static void Batch(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<double> output,
        int period = 14
    )
    {
        Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, close.Length, nameof(close));
        Guard.SameLength(high.Length, output.Length, nameof(output));
        var adx = new Adx(period);
        for (var i = 0; i < high.Length; i++)
        {
            output[i] = adx.Update(high[i], low[i], close[i]);
        }
    }
}
