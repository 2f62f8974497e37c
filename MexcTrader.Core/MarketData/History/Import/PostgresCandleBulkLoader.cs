using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using Npgsql;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// PostgreSQL: binary COPY (encoded by <see cref="PgBinaryCopyWriter"/>) into a temporary staging table, then one
/// INSERT ... SELECT ... ON CONFLICT DO NOTHING into the candle table, in one transaction; the INSERT's row count is
/// the number added. Fast path: when the candles are one series and none of it is stored yet in their time range,
/// they are copied straight into the candle table, split over up to <see cref="Parallelism"/> connections for large
/// loads (each part its own transaction). Should a writer that takes no series lock (not an import) store some of
/// those candles meanwhile, that part's unique violation rolls it back and the part goes through the staging merge
/// instead, so the result is the same either way.
/// </summary>
/// <remarks>
/// Every load first takes a transaction-scoped advisory lock per series it writes (<see cref="SeriesLock"/>), in a
/// fixed order, on a coordinating connection, and holds it until its parts committed. Writers of one series are
/// thereby serialised: a second import waits, then finds the first one's candles and merges. Without the lock, two
/// imports each holding uncommitted keys on several connections wait on each other where the server cannot see the
/// cycle (the coordination is in the client), and hang.
/// <see cref="LoadStreamAsync"/> overlaps reading with storing: once the first batch names the series and the lock is
/// held, COPYs straight into the candle table on <see cref="Parallelism"/> connections take batches as the reader
/// produces them, and commit only once the whole file proved valid (a bad row or a cancellation rolls all back).
/// </remarks>
public sealed class PostgresCandleBulkLoader(string connectionString, int parallelism = 0) : ICandleStreamLoader
{
    /// <summary>Copied straight into the candle table while the file was still being read.</summary>
    public const string StreamMethod = "copy while reading";

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

    // hashtextextended is stable across sessions and servers of one major version, which is all a lock needs
    private const string LockSeries = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";

    /// <summary>Connections used at once by a large fast-path or streamed load: the CPU count, at most 4.</summary>
    public int Parallelism { get; } = parallelism > 0 ? parallelism : Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The advisory-lock key text of one series (hashed by the server).</summary>
    public static string SeriesLock(Symbol symbol, Interval interval) =>
        $"{CandleTable.Name}:{symbol.Value}:{interval.ToCode()}";

    public async Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0)
        {
            return new BulkLoadResult(0, 0, CopyMethod);
        }
        await using var coordinator = await OpenLockedAsync(DistinctSeries(candles), ct).ConfigureAwait(false);
        BulkLoadResult result;
        if (
            SingleSeries(candles) is { } series
            && !await AnyStoredAsync(coordinator, series, TimeRange(candles), ct).ConfigureAwait(false)
        )
        {
            var parts = candles.Count >= ParallelFromRows ? Parallelism : 1;
            var results = await Task.WhenAll(Split(candles, parts).Select(part => CopyOrMergeAsync(part, ct)))
                .ConfigureAwait(false);
            var methods = results.Select(r => r.Method).Distinct().ToList();
            result = new BulkLoadResult(
                results.Sum(r => r.Added),
                results.Sum(r => r.Present),
                methods.Count == 1 && parts > 1 ? $"{methods[0]} on {parts} connections" : string.Join(", ", methods)
            );
        }
        else
        {
            result = await MergeAsync(coordinator.Connection, coordinator.Transaction, candles, ct)
                .ConfigureAwait(false);
        }
        await coordinator.Transaction.CommitAsync(ct).ConfigureAwait(false);
        return result;
    }

    public async Task<BulkLoadResult?> LoadStreamAsync(
        ChannelReader<Candle[]> batches,
        Task<bool> fileValid,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(fileValid);
        if (!await FirstBatchAsync(batches, ct).ConfigureAwait(false) || !batches.TryPeek(out var first))
        {
            return null; // the file ended (or failed) before its first batch: nothing to store
        }
        var (symbol, interval, from) = (first[0].Symbol, first[0].Interval, first[0].OpenTime.ToUniversalTime());
        var coordinator = await OpenLockedAsync([(symbol, interval)], ct).ConfigureAwait(false);
        var writers = new List<StreamWriter>();
        try
        {
            // rows are sorted by open time, so the file's range starts at its first row; its end is not known yet
            if (
                await AnyStoredAsync(coordinator, (symbol, interval), (from, DateTimeOffset.MaxValue), ct)
                    .ConfigureAwait(false)
            )
            {
                // release the lock before the rest of the file is read: this import will merge in chunks, locking each
                await coordinator.Transaction.RollbackAsync(ct).ConfigureAwait(false);
                await DrainAsync(batches).ConfigureAwait(false);
                return null; // the caller merges once the file is read
            }
            writers.Add(new StreamWriter(coordinator.Connection, coordinator.Transaction));
            for (var i = 1; i < Parallelism; i++)
            {
                var connection = new NpgsqlConnection(connectionString);
                writers.Add(new StreamWriter(connection, null));
                await connection.OpenAsync(ct).ConfigureAwait(false);
                writers[^1].Transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            }
            await Task.WhenAll(writers.Select(w => CopyWhileReadingAsync(w, batches, ct))).ConfigureAwait(false);
            var valid = await fileValid.ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            if (!valid)
            {
                return null; // rolled back below
            }
            if (writers.FirstOrDefault(w => w.Error is not null) is { Error: { } error })
            {
                if (error is PostgresException { SqlState: UniqueViolation })
                {
                    return null; // a writer without the series lock stored some meanwhile: the caller merges
                }
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }
            // the coordinator last: its commit releases the series lock only once every part is visible
            foreach (var writer in writers.Skip(1).Append(writers[0]))
            {
                await writer.Transaction!.CommitAsync(ct).ConfigureAwait(false);
            }
            return new BulkLoadResult(writers.Sum(w => w.Rows), 0, StreamMethod);
        }
        finally
        {
            foreach (var writer in writers.Skip(1))
            {
                await writer.DisposeAsync().ConfigureAwait(false); // rolls back whatever was not committed
            }
            await coordinator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<bool> FirstBatchAsync(ChannelReader<Candle[]> batches, CancellationToken ct)
    {
        try
        {
            return await batches.WaitToReadAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false; // the reader failed: the caller reports its failure
        }
    }

    /// <summary>A connection in a transaction holding the series' locks, taken in ordinal order.</summary>
    private async Task<Coordinator> OpenLockedAsync(
        IEnumerable<(Symbol Symbol, Interval Interval)> series,
        CancellationToken ct
    )
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var coordinator = new Coordinator(connection, tx);
            foreach (var key in series.Select(s => SeriesLock(s.Symbol, s.Interval)).Order(StringComparer.Ordinal))
            {
                await using var command = new NpgsqlCommand(LockSeries, connection, tx) { CommandTimeout = 0 };
                command.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = key });
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            return coordinator;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // One connection's COPY over the shared batches. A failure keeps draining the batches (so the reader never waits
    // on a full channel) and is recorded, not thrown: LoadStreamAsync decides once the file's validity is known.
    private static async Task CopyWhileReadingAsync(
        StreamWriter writer,
        ChannelReader<Candle[]> batches,
        CancellationToken ct
    )
    {
        try
        {
            var copy = await writer.Connection.BeginRawBinaryCopyAsync(CopyIntoCandles, ct).ConfigureAwait(false);
            try
            {
                writer.Rows = await PgBinaryCopyWriter
                    .WriteAsync(copy, ReadAllOrFail(batches, ct), ct)
                    .ConfigureAwait(false);
            }
            catch
            {
                await copy.CancelAsync().ConfigureAwait(false);
                await copy.DisposeAsync().ConfigureAwait(false);
                throw;
            }
            await copy.DisposeAsync().ConfigureAwait(false); // ends the COPY; a unique violation is thrown here
        }
#pragma warning disable CA1031 // recorded for LoadStreamAsync, which rethrows what matters once validity is known
        catch (Exception e)
#pragma warning restore CA1031
        {
            writer.Error = e;
            writer.Rows = 0;
            if (!ct.IsCancellationRequested)
            {
                await DrainAsync(batches).ConfigureAwait(false);
            }
        }
    }

    private static async Task DrainAsync(ChannelReader<Candle[]> batches)
    {
        try
        {
            while (await batches.WaitToReadAsync().ConfigureAwait(false))
            {
                while (batches.TryRead(out _)) { }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // the reader failed: nothing left to drain
        }
    }

    private static async IAsyncEnumerable<Candle[]> ReadAllOrFail(
        ChannelReader<Candle[]> batches,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct
    )
    {
        while (await batches.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            while (batches.TryRead(out var batch))
            {
                yield return batch;
            }
        }
    }

    private static async Task<bool> AnyStoredAsync(
        Coordinator coordinator,
        (Symbol Symbol, Interval Interval) series,
        (DateTimeOffset From, DateTimeOffset To) range,
        CancellationToken ct
    )
    {
        await using var check = new NpgsqlCommand(AnyStoredInRange, coordinator.Connection, coordinator.Transaction);
        check.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = series.Symbol.Value });
        check.Parameters.Add(new NpgsqlParameter<string>() { TypedValue = series.Interval.ToCode() });
        check.Parameters.Add(new NpgsqlParameter<DateTimeOffset>() { TypedValue = range.From });
        check.Parameters.Add(new NpgsqlParameter<DateTimeOffset>() { TypedValue = range.To });
        return (bool)(await check.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    private async Task<BulkLoadResult> CopyOrMergeAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await CopyAsync(connection, CopyIntoCandles, candles, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return new BulkLoadResult(candles.Count, 0, CopyMethod);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            // a writer without the series lock stored part of the range after the check: merge through staging
            await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var merged = await MergeAsync(connection, tx, candles, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return merged;
        }
    }

    private static async Task<BulkLoadResult> MergeAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction tx,
        IReadOnlyList<Candle> candles,
        CancellationToken ct
    )
    {
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

    private static IEnumerable<(Symbol, Interval)> DistinctSeries(IReadOnlyList<Candle> candles) =>
        candles.Select(c => (c.Symbol, c.Interval)).Distinct();

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

    private sealed class Coordinator(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public NpgsqlConnection Connection { get; } = connection;

        public NpgsqlTransaction Transaction { get; } = transaction;

        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync().ConfigureAwait(false);
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class StreamWriter(NpgsqlConnection connection, NpgsqlTransaction? transaction) : IAsyncDisposable
    {
        public NpgsqlConnection Connection { get; } = connection;

        public NpgsqlTransaction? Transaction { get; set; } = transaction;

        public long Rows { get; set; }

        public Exception? Error { get; set; }

        public async ValueTask DisposeAsync()
        {
            if (Transaction is not null)
            {
                await Transaction.DisposeAsync().ConfigureAwait(false);
            }
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
