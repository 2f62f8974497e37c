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
}
