using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Npgsql;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// PostgreSQL: binary COPY (encoded by <see cref="PgBinaryCopyWriter"/>) into a temporary staging table, then one
/// INSERT ... SELECT ... ON CONFLICT DO NOTHING into the candle table, in one transaction; the INSERT's row count is
/// the number added. Fast path: when the candles are one series and none of it is stored yet in their time range,
/// they are copied straight into the candle table, split over up to <see cref="Parallelism"/> connections for large
/// loads (each part its own transaction). Should another writer store some of those candles between the check and
/// the copy, that part's unique violation rolls it back and the part goes through the staging merge instead, so the
/// result is the same either way.
/// </summary>
public sealed class PostgresCandleBulkLoader(string connectionString, int parallelism = 0) : ICandleBulkLoader
{
    /// <summary>Copied straight into the candle table.</summary>
    public const string CopyMethod = "copy";

    /// <summary>Copied into a staging table, then merged with ON CONFLICT DO NOTHING.</summary>
    public const string MergeMethod = "copy+merge";

    /// <summary>Loads at least this large are split over several connections on the fast path.</summary>
    public const int ParallelFromRows = 20_000;

    private const string Staging = "candles_import_staging";
    private const string UniqueViolation = "23505";

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

    /// <summary>Connections used at once by a large fast-path load: the CPU count, at most 4.</summary>
    public int Parallelism { get; } = parallelism > 0 ? parallelism : Math.Clamp(Environment.ProcessorCount, 1, 4);

    public async Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0)
        {
            return new BulkLoadResult(0, 0, CopyMethod);
        }
        if (SingleSeries(candles) is { } series && !await AnyStoredAsync(series, candles, ct).ConfigureAwait(false))
        {
            var parts = candles.Count >= ParallelFromRows ? Parallelism : 1;
            var results = await Task.WhenAll(Split(candles, parts).Select(part => CopyOrMergeAsync(part, ct)))
                .ConfigureAwait(false);
            var methods = results.Select(r => r.Method).Distinct().ToList();
            return new BulkLoadResult(
                results.Sum(r => r.Added),
                results.Sum(r => r.Present),
                methods.Count == 1 && parts > 1 ? $"{methods[0]} on {parts} connections" : string.Join(", ", methods)
            );
        }
        return await MergeAsync(candles, ct).ConfigureAwait(false);
    }

    private async Task<bool> AnyStoredAsync(
        (Symbol Symbol, Interval Interval) series,
        IReadOnlyList<Candle> candles,
        CancellationToken ct
    )
    {
        var (from, to) = TimeRange(candles);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var check = new NpgsqlCommand(AnyStoredInRange, connection);
        check.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = series.Symbol.Value });
        check.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = series.Interval.ToCode() });
        check.Parameters.Add(new NpgsqlParameter<DateTimeOffset>() { TypedValue = from });
        check.Parameters.Add(new NpgsqlParameter<DateTimeOffset>() { TypedValue = to });
        return (bool)(await check.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    private async Task<BulkLoadResult> CopyOrMergeAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await CopyAsync(connection, CopyIntoCandles, candles, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return new BulkLoadResult(candles.Count, 0, CopyMethod);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            // another writer stored part of the range after the check: merge through staging instead
            return await MergeAsync(candles, ct).ConfigureAwait(false);
        }
    }

    private async Task<BulkLoadResult> MergeAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
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

    private static async Task CopyAsync(
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
    }

    private static IEnumerable<IReadOnlyList<Candle>> Split(IReadOnlyList<Candle> candles, int parts)
    {
        if (parts <= 1)
        {
            yield return candles;
            yield break;
        }
        var size = (candles.Count + parts - 1) / parts;
        for (var offset = 0; offset < candles.Count; offset += size)
        {
            var count = Math.Min(size, candles.Count - offset);
            yield return candles is List<Candle> list
                ? list.GetRange(offset, count)
                : [.. candles.Skip(offset).Take(count)];
        }
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
