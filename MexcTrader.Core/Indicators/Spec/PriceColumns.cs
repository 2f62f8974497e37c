using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Indicators.Spec;

/// <summary>Candles as parallel <c>double</c> columns, the shape the batch indicators take.</summary>
public sealed record PriceColumns(
    long[] OpenTimeMs,
    double[] Open,
    double[] High,
    double[] Low,
    double[] Close,
    double[] Volume
)
{
    public int Count => OpenTimeMs.Length;

    /// <summary>Converts exact candles to <c>double</c> once, at the indicator boundary.</summary>
    public static PriceColumns From(IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        var columns = new PriceColumns(
            new long[candles.Count],
            new double[candles.Count],
            new double[candles.Count],
            new double[candles.Count],
            new double[candles.Count],
            new double[candles.Count]
        );
        for (var i = 0; i < candles.Count; i++)
        {
            var c = candles[i];
            columns.OpenTimeMs[i] = c.OpenTime.ToUnixTimeMilliseconds();
            columns.Open[i] = (double)c.Open;
            columns.High[i] = (double)c.High;
            columns.Low[i] = (double)c.Low;
            columns.Close[i] = (double)c.Close;
            columns.Volume[i] = (double)c.Volume;
        }
        return columns;
    }
}
