namespace MexcTrader.Core.MarketData.History;

/// <summary>Where a candle import stands; reported while it runs and once at the end.</summary>
/// <param name="RowsRead">Data rows parsed and validated so far.</param>
/// <param name="RowsTotal">Rows in the file when known (after parsing), else null.</param>
/// <param name="RowsAdded">Rows newly stored.</param>
/// <param name="RowsPresent">Rows skipped because the store already had that (symbol, interval, open time).</param>
/// <param name="Error">Why the file was rejected; nothing was stored when set.</param>
public sealed record ImportProgress(
    ImportStage Stage,
    long RowsRead,
    long? RowsTotal,
    long RowsAdded,
    long RowsPresent,
    TimeSpan Elapsed,
    string? Error = null
)
{
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? RowsRead / Elapsed.TotalSeconds : 0;
}

public enum ImportStage
{
    Queued,
    Reading,
    Storing,
    Completed,
    Failed,
}
