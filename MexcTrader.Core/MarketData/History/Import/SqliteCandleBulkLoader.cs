using System.Data;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// SQLite: one transaction, one prepared INSERT OR IGNORE reused for every row with its parameters rebound (through
/// the SQLite C API that Microsoft.Data.Sqlite wraps, to bind UTF-8 text without a string per value); the change
/// count (1 or 0) tells added from present. WAL journal and synchronous=NORMAL during the load (the connection's
/// previous synchronous setting is restored after). Decimals are written as the same invariant TEXT that
/// Microsoft.Data.Sqlite, and so EF Core, writes and reads back (<see cref="DecimalText.FormatForSqlite"/>).
/// </summary>
public sealed class SqliteCandleBulkLoader(string connectionString, int batchSize = 1_000) : ICandleBulkLoader
{
    public const string Method = "insert-or-ignore";

    private const int SqliteDone = 101;

    private static readonly string Insert =
        $"INSERT OR IGNORE INTO {CandleTable.Name} ({CandleTable.Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

    public async Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0)
        {
            return new BulkLoadResult(0, 0, Method);
        }
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", ct).ConfigureAwait(false);
        var synchronous = await ExecuteAsync(connection, "PRAGMA synchronous", ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL", ct).ConfigureAwait(false);
        try
        {
            return Load(connection, candles, Math.Max(1, batchSize), ct);
        }
        finally
        {
            await ExecuteAsync(connection, $"PRAGMA synchronous={Convert.ToInt64(synchronous, null)}", ct)
                .ConfigureAwait(false);
        }
    }

    private static BulkLoadResult Load(
        SqliteConnection connection,
        IReadOnlyList<Candle> candles,
        int checkEvery,
        CancellationToken ct
    )
    {
        using var tx = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var db = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(db, Insert, out var statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        long added = 0;
        using (statement)
        {
            Span<byte> text = stackalloc byte[64];
            var symbol = new Utf8Cache();
            var interval = new Utf8Cache();
            for (var i = 0; i < candles.Count; i++)
            {
                if (i % checkEvery == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
                var c = candles[i];
                raw.sqlite3_bind_text(statement, 1, symbol.Get(c.Symbol.Value));
                raw.sqlite3_bind_text(statement, 2, interval.Get(c.Interval.ToCode()));
                raw.sqlite3_bind_int64(statement, 3, c.OpenTime.ToUnixTimeMilliseconds());
                Bind(statement, 4, c.Open, text);
                Bind(statement, 5, c.High, text);
                Bind(statement, 6, c.Low, text);
                Bind(statement, 7, c.Close, text);
                Bind(statement, 8, c.Volume, text);
                Bind(statement, 9, c.QuoteVolume, text);
                rc = raw.sqlite3_step(statement);
                if (rc != SqliteDone)
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }
                added += raw.sqlite3_changes(db);
                raw.sqlite3_reset(statement);
            }
        }
        tx.Commit();
        return new BulkLoadResult(added, candles.Count - added, Method);
    }

    private static void Bind(sqlite3_stmt statement, int index, decimal value, Span<byte> buffer)
    {
        var length = DecimalText.FormatForSqlite(value, buffer);
        raw.sqlite3_bind_text(statement, index, buffer[..length]);
    }

    private static async Task<object?> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }
}
