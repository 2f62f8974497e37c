namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>What an import did: rows read from the file, rows newly stored, rows the store already had.</summary>
public sealed record ImportSummary(long RowsRead, long RowsAdded, long RowsPresent, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? RowsRead / Elapsed.TotalSeconds : 0;
}
