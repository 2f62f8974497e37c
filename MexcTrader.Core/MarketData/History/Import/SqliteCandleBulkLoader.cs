using System.Data;
using System.Runtime.CompilerServices;
using System.Text;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// SQLite: one transaction, one prepared multi-row INSERT OR IGNORE of <c>batchSize</c> rows
/// (<see cref="DatabaseOptions.SqliteBatchSize"/>) reused for every batch with its parameters rebound, through the
/// SQLite C API that Microsoft.Data.Sqlite wraps (to bind UTF-8 text without a string per value); the statement's
/// change count tells added from present. WAL journal and synchronous=NORMAL during the load (the connection's
/// previous synchronous setting is restored after). Decimals are written as the same invariant TEXT that
/// Microsoft.Data.Sqlite, and so EF Core, writes and reads back (<see cref="DecimalText.FormatForSqlite"/>).
/// </summary>
public sealed class SqliteCandleBulkLoader(string connectionString, int batchSize = 1_000) : ICandleBulkLoader
{
    public const string Method = "insert-or-ignore";

    private const int SqliteDone = 101;

    private const int Columns = 9;

    /// <summary>SQLite's default limit is 32,766 parameters per statement.</summary>
    private const int MaxRowsPerStatement = 32_766 / Columns;

    private static readonly string Insert = $"INSERT OR IGNORE INTO {CandleTable.Name} ({CandleTable.Columns}) VALUES";

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
            return Load(connection, candles, Math.Clamp(batchSize, 1, MaxRowsPerStatement), ct);
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
        int rowsPerStatement,
        CancellationToken ct
    )
    {
        using var tx = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var db = connection.Handle!;
        var full = candles.Count / rowsPerStatement;
        var tail = candles.Count % rowsPerStatement;
        long added = 0;
        Span<byte> text = stackalloc byte[64];
        var symbol = new Utf8Cache();
        var interval = new Utf8Cache();
        if (full > 0)
        {
            using var batch = Prepare(db, rowsPerStatement);
            for (var b = 0; b < full; b++)
            {
                ct.ThrowIfCancellationRequested();
                added += Execute(db, batch, candles, b * rowsPerStatement, rowsPerStatement, text, symbol, interval);
            }
        }
        if (tail > 0)
        {
            using var rest = Prepare(db, tail);
            added += Execute(db, rest, candles, full * rowsPerStatement, tail, text, symbol, interval);
        }
        tx.Commit();
        return new BulkLoadResult(added, candles.Count - added, Method);
    }

    /// <summary>INSERT OR IGNORE of <paramref name="rows"/> rows: parameters ?1..?9 for the first row, ?10.. for the next.</summary>
    private static sqlite3_stmt Prepare(sqlite3 db, int rows)
    {
        var sql = new StringBuilder(Insert, Insert.Length + (rows * 40));
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? " (" : ", (");
            for (var column = 1; column <= Columns; column++)
            {
                sql.Append(column == 1 ? "?" : ", ?").Append((row * Columns) + column);
            }
            sql.Append(')');
        }
        var rc = raw.sqlite3_prepare_v2(db, sql.ToString(), out var statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        return statement;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Execute(
        sqlite3 db,
        sqlite3_stmt statement,
        IReadOnlyList<Candle> candles,
        int offset,
        int count,
        Span<byte> text,
        Utf8Cache symbol,
        Utf8Cache interval
    )
    {
        for (var row = 0; row < count; row++)
        {
            var c = candles[offset + row];
            var p = row * Columns;
            raw.sqlite3_bind_text(statement, p + 1, symbol.Get(c.Symbol.Value));
            raw.sqlite3_bind_text(statement, p + 2, interval.Get(c.Interval.ToCode()));
            raw.sqlite3_bind_int64(statement, p + 3, c.OpenTime.ToUnixTimeMilliseconds());
            Bind(statement, p + 4, c.Open, text);
            Bind(statement, p + 5, c.High, text);
            Bind(statement, p + 6, c.Low, text);
            Bind(statement, p + 7, c.Close, text);
            Bind(statement, p + 8, c.Volume, text);
            Bind(statement, p + 9, c.QuoteVolume, text);
        }
        var rc = raw.sqlite3_step(statement);
        if (rc != SqliteDone)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
        raw.sqlite3_reset(statement);
        return raw.sqlite3_changes(db);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
