using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Npgsql;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// PostgreSQL: binary COPY (encoded by <see cref="PgBinaryCopyWriter"/>) into a temporary staging table, then one INSERT ... SELECT ... ON CONFLICT DO NOTHING into
/// the candle table, in one transaction; the INSERT's row count is the number added. When the candles are one series
/// and none of it is stored yet in their time range, they are copied straight into the candle table (the fast path;
/// a concurrent writer that slips in falls back to the staging path). Imports of one series are serialised by a
/// transaction-scoped advisory lock so that check stays true until commit.
/// </summary>
public sealed class PostgresCandleBulkLoader(string connectionString) : ICandleBulkLoader
{
    private const string Staging = "candles_import_staging";
    private const string UniqueViolation = "23505";

    /// <summary>Copied straight into the candle table.</summary>
    public const string CopyMethod = "copy";

    /// <summary>Copied into a staging table, then merged with ON CONFLICT DO NOTHING.</summary>
    public const string MergeMethod = "copy+merge";

    private static readonly string CopyIntoCandles =
        $"COPY {CandleTable.Name} ({CandleTable.Columns}) FROM STDIN (FORMAT BINARY)";
    private static readonly string CopyIntoStaging =
        $"COPY {Staging} ({CandleTable.Columns}) FROM STDIN (FORMAT BINARY)";
    private static readonly string CreateStaging =
        $"CREATE TEMP TABLE {Staging} (LIKE {CandleTable.Name} INCLUDING DEFAULTS) ON COMMIT DROP";
    private static readonly string MergeStaging =
        $"INSERT INTO {CandleTable.Name} ({CandleTable.Columns}) SELECT {CandleTable.Columns} FROM {Staging} ON CONFLICT DO NOTHING";
    private static readonly string AnyStoredInRange =
        $"SELECT EXISTS (SELECT 1 FROM {CandleTable.Name} WHERE symbol = $1 AND interval = $2 AND open_time BETWEEN $3 AND $4)";

    public async Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0)
        {
            return new BulkLoadResult(0, 0);
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        var series = SingleSeries(candles);
        if (series is { } one)
        {
            try
            {
                var direct = await TryDirectAsync(connection, candles, one, ct).ConfigureAwait(false);
                if (direct is not null)
                {
                    return direct;
                }
            }
            catch (PostgresException e) when (e.SqlState == UniqueViolation)
            {
                // another writer stored part of the range after the check: merge through staging instead
            }
        }
        return await MergeAsync(connection, candles, series, ct).ConfigureAwait(false);
    }

    private static async Task<BulkLoadResult?> TryDirectAsync(
        NpgsqlConnection connection,
        IReadOnlyList<Candle> candles,
        (Symbol Symbol, Interval Interval) series,
        CancellationToken ct
    )
    {
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await LockSeriesAsync(connection, tx, series, ct).ConfigureAwait(false);
        var (from, to) = TimeRange(candles);
        await using (var check = new NpgsqlCommand(AnyStoredInRange, connection, tx))
        {
            check.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = series.Symbol.Value });
            check.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = series.Interval.ToCode() });
            check.Parameters.Add(new NpgsqlParameter<DateTimeOffset>() { TypedValue = from });
            check.Parameters.Add(new NpgsqlParameter<DateTimeOffset>() { TypedValue = to });
            if ((bool)(await check.ExecuteScalarAsync(ct).ConfigureAwait(false))!)
            {
                return null; // rolled back on dispose; nothing was written
            }
        }
        var copied = await CopyAsync(connection, CopyIntoCandles, candles, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new BulkLoadResult(copied, candles.Count - copied, CopyMethod);
    }

    private static async Task<BulkLoadResult> MergeAsync(
        NpgsqlConnection connection,
        IReadOnlyList<Candle> candles,
        (Symbol Symbol, Interval Interval)? series,
        CancellationToken ct
    )
    {
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (series is { } one)
        {
            await LockSeriesAsync(connection, tx, one, ct).ConfigureAwait(false);
        }
        await using (var create = new NpgsqlCommand(CreateStaging, connection, tx))
        {
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await CopyAsync(connection, CopyIntoStaging, candles, ct).ConfigureAwait(false);
        long added;
        await using (var merge = new NpgsqlCommand(MergeStaging, connection, tx))
        {
            merge.CommandTimeout = 0;
            added = await merge.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new BulkLoadResult(added, candles.Count - added, MergeMethod);
    }

    private static async Task<long> CopyAsync(
        NpgsqlConnection connection,
        string copyCommand,
        IReadOnlyList<Candle> candles,
        CancellationToken ct
    )
    {
        var copy = await connection.BeginRawBinaryCopyAsync(copyCommand, ct).ConfigureAwait(false);
        try
        {
            await PgBinaryCopyWriter.WriteAsync(copy, candles, ct).ConfigureAwait(false);
        }
        catch
        {
            await copy.CancelAsync().ConfigureAwait(false);
            await copy.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        await copy.DisposeAsync().ConfigureAwait(false); // ends the COPY; the server's error, if any, is thrown here
        return candles.Count;
    }

    private static async Task LockSeriesAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction tx,
        (Symbol Symbol, Interval Interval) series,
        CancellationToken ct
    )
    {
        await using var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
            connection,
            tx
        );
        command.Parameters.Add(
            new NpgsqlParameter<string>() { TypedValue = $"candles/{series.Symbol}/{series.Interval.ToCode()}" }
        );
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static (Symbol, Interval)? SingleSeries(IReadOnlyList<Candle> candles)
    {
        var (symbol, interval) = (candles[0].Symbol, candles[0].Interval);
        for (var i = 1; i < candles.Count; i++)
        {
            if (candles[i].Symbol != symbol || candles[i].Interval != interval)
            {
                return null;
            }
        }
        return (symbol, interval);
    }

    private static (DateTimeOffset From, DateTimeOffset To) TimeRange(IReadOnlyList<Candle> candles)
    {
        var (from, to) = (candles[0].OpenTime, candles[0].OpenTime);
        for (var i = 1; i < candles.Count; i++)
        {
            var t = candles[i].OpenTime;
            from = t < from ? t : from;
            to = t > to ? t : to;
        }
        return (from.ToUniversalTime(), to.ToUniversalTime());
    }
}
