namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// Writes many candles at once below EF Core (PostgreSQL binary COPY, SQLite prepared inserts) in one transaction.
/// Candles whose (symbol, interval, open time) is already stored are left as they are and counted as present.
/// </summary>
public interface ICandleBulkLoader
{
    Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct);
}

/// <param name="Added">Rows newly stored.</param>
/// <param name="Present">Rows skipped because the store already had that key.</param>
/// <param name="Method">How the rows were written (e.g. "copy", "copy+merge", "insert-or-ignore"), for benchmarks.</param>
public sealed record BulkLoadResult(long Added, long Present, string Method = "");
