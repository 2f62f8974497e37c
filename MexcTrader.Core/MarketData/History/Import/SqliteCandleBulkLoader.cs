using System.Data;
using MexcTrader.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// SQLite: one transaction, one prepared INSERT OR IGNORE reused for every row with its parameters rebound; the
/// statement's change count (1 or 0) tells added from present. WAL journal and synchronous=NORMAL during the load
/// (the connection's previous synchronous setting is restored after). Decimals are bound as decimals, so
/// Microsoft.Data.Sqlite writes them as the same invariant TEXT EF Core writes and reads.
/// </summary>
public sealed class SqliteCandleBulkLoader(string connectionString, int batchSize = 1_000) : ICandleBulkLoader
{
    private static readonly string Insert =
        $"INSERT OR IGNORE INTO {CandleTable.Name} ({CandleTable.Columns}) VALUES ($symbol, $interval, $open_time, $open, $high, $low, $close, $volume, $quote_volume)";

    public async Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0)
        {
            return new BulkLoadResult(0, 0);
        }
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", ct).ConfigureAwait(false);
        var synchronous = await ExecuteAsync(connection, "PRAGMA synchronous", ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL", ct).ConfigureAwait(false);
        try
        {
            return Load(connection, candles, ct);
        }
        finally
        {
            await ExecuteAsync(connection, $"PRAGMA synchronous={Convert.ToInt64(synchronous, null)}", ct)
                .ConfigureAwait(false);
        }
    }

    private BulkLoadResult Load(SqliteConnection connection, IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        using var tx = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = Insert;
        var symbol = insert.Parameters.Add("$symbol", SqliteType.Text);
        var interval = insert.Parameters.Add("$interval", SqliteType.Text);
        var openTime = insert.Parameters.Add("$open_time", SqliteType.Integer);
        var open = insert.Parameters.Add("$open", SqliteType.Text);
        var high = insert.Parameters.Add("$high", SqliteType.Text);
        var low = insert.Parameters.Add("$low", SqliteType.Text);
        var close = insert.Parameters.Add("$close", SqliteType.Text);
        var volume = insert.Parameters.Add("$volume", SqliteType.Text);
        var quoteVolume = insert.Parameters.Add("$quote_volume", SqliteType.Text);
        insert.Prepare();
        long added = 0;
        for (var i = 0; i < candles.Count; i++)
        {
            if (i % batchSize == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var c = candles[i];
            symbol.Value = c.Symbol.Value;
            interval.Value = Domain.Intervals.ToCode(c.Interval);
            openTime.Value = c.OpenTime.ToUnixTimeMilliseconds();
            open.Value = c.Open;
            high.Value = c.High;
            low.Value = c.Low;
            close.Value = c.Close;
            volume.Value = c.Volume;
            quoteVolume.Value = c.QuoteVolume;
            added += insert.ExecuteNonQuery();
        }
        tx.Commit();
        return new BulkLoadResult(added, candles.Count - added, "insert-or-ignore");
    }

    private static async Task<object?> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }
}
