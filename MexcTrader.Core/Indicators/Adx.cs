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
        Guard.Finite(high, nameof(high));
        Guard.Finite(low, nameof(low));
        Guard.Finite(close, nameof(close));
        Guard.Period(period, nameof(period));
        Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, close.Length, nameof(close));
        Guard.SameLength(high.Length, output.Length, nameof(output));
        // Same operations in the same order as DirectionalIndex.Update + Update (a test checks bit identity).
        var lookback = 2 * period - 1;
        output[..Math.Min(lookback, high.Length)].Fill(double.NaN);
        if (high.Length <= lookback)
        {
            return;
        }
        double plusDm = 0.0,
            minusDm = 0.0,
            trueRange = 0.0,
            sumDx = 0.0,
            adx = 0.0;
        double keep = period - 1;
        for (var i = 1; i < high.Length; i++)
        {
            DirectionalIndex.Movement(high[i] - high[i - 1], low[i - 1] - low[i], out var plus, out var minus);
            var range = Atr.TrueRange(high[i], low[i], close[i - 1]);
            if (i < period)
            {
                minusDm += minus;
                plusDm += plus;
                trueRange += range;
                continue;
            }
            minusDm -= minusDm / period;
            plusDm -= plusDm / period;
            minusDm += minus;
            plusDm += plus;
            trueRange = trueRange - trueRange / period + range;
            var defined = DirectionalIndex.Dx(
                DirectionalIndex.Di(plusDm, trueRange),
                DirectionalIndex.Di(minusDm, trueRange),
                trueRange,
                out var dx
            );
            if (i < lookback)
            {
                sumDx += dx;
                continue;
            }
            if (i == lookback)
            {
                sumDx += dx;
                adx = sumDx / period;
            }
            else if (defined)
            {
                adx = (adx * keep + dx) / period;
            }
            output[i] = adx;
        }
    }
}
