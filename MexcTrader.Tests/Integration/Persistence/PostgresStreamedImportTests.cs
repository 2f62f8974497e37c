using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using Npgsql;

namespace MexcTrader.Tests.Integration.Persistence;

/// <summary>
/// PostgreSQL stores while the file is still read: nothing may be committed when the file turns out bad or the import
/// is cancelled after rows already reached the server, and writers of one series wait for its advisory lock.
/// </summary>
public sealed class PostgresStreamedImportTests
{
    private const int Btc1hRows = 51_324;
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Eth = new("ETHUSDT");

    private static string Btc1h => SharedData.File("data/binance-spot/BTCUSDT-1h.csv");

    private static IReadOnlyList<Candle> Btc1hCandles() =>
        CandleFileReader.Read(Btc1h, Btc, Interval.OneHour).Value.Candles;

    private static Task<long> CountAsync(TestDatabase database, Symbol symbol) =>
        new CandleReader(database.ContextFactory).CountAsync(symbol, Interval.OneHour, CancellationToken.None);

    [SkippableFact]
    public async Task FileFoundBad_AfterRowsReachedTheServer_CommitsNothing()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.PostgreSql);
        var batches = Channel.CreateUnbounded<Candle[]>();
        var valid = new TaskCompletionSource<bool>();
        WriteBatches(batches.Writer, Btc1hCandles().Take(40_000));

        var loading = new PostgresCandleBulkLoader(database.ConnectionString).LoadStreamAsync(
            batches.Reader,
            valid.Task,
            CancellationToken.None
        );
        await WaitUntilTheServerCopiedRowsAsync(database);
        batches.Writer.Complete(new InvalidDataException("line 40001: high is below low"));
        valid.SetResult(false);

        Assert.Null(await loading);
        Assert.Equal(0, await CountAsync(database, Btc));
    }

    [SkippableFact]
    public async Task Cancelled_AfterRowsReachedTheServer_CommitsNothing()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.PostgreSql);
        var batches = Channel.CreateUnbounded<Candle[]>();
        var valid = new TaskCompletionSource<bool>();
        using var cancel = new CancellationTokenSource();
        WriteBatches(batches.Writer, Btc1hCandles().Take(40_000));

        var loading = new PostgresCandleBulkLoader(database.ConnectionString).LoadStreamAsync(
            batches.Reader,
            valid.Task,
            cancel.Token
        );
        await WaitUntilTheServerCopiedRowsAsync(database);
        await cancel.CancelAsync();
        batches.Writer.Complete(new OperationCanceledException(cancel.Token));
        valid.SetResult(false);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loading);
        Assert.Equal(0, await CountAsync(database, Btc));
    }

    [SkippableFact]
    public async Task StreamedImport_WaitsForTheSeriesLock_ThenStoresEveryRow()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.PostgreSql);
        var importer = new CandleImporter(CandleBulkLoaders.For(database.Connection), TimeProvider.System);
        await using var holder = await HoldSeriesLockAsync(database, Btc);

        var importing = importer.ImportAsync(new(Btc1h, Btc, Interval.OneHour), null, CancellationToken.None);
        await WaitUntilSomeoneWaitsForAnAdvisoryLockAsync(database);

        Assert.False(importing.IsCompleted);
        Assert.Equal(0, await CountAsync(database, Btc));
        await holder.Transaction.CommitAsync();
        var result = await importing;
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Equal((Btc1hRows, 0L), (result.Value.RowsAdded, result.Value.RowsPresent));
        Assert.Equal(Btc1hRows, await CountAsync(database, Btc));
    }

    [SkippableFact]
    public async Task BulkLoad_WaitsForTheLockOfEverySeriesItWrites()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.PostgreSql);
        var candles = Btc1hCandles().Take(10).ToList();
        var mixed = candles.Concat(candles.Select(c => c with { Symbol = Eth })).ToList();
        await using var holder = await HoldSeriesLockAsync(database, Eth);

        var loading = new PostgresCandleBulkLoader(database.ConnectionString).LoadAsync(mixed, default);
        await WaitUntilSomeoneWaitsForAnAdvisoryLockAsync(database);

        Assert.False(loading.IsCompleted);
        Assert.Equal(0, await CountAsync(database, Btc));
        await holder.Transaction.CommitAsync();
        var result = await loading;
        Assert.Equal((20L, 0L), (result.Added, result.Present));
        Assert.Equal(10, await CountAsync(database, Eth));
    }

    private static void WriteBatches(ChannelWriter<Candle[]> writer, IEnumerable<Candle> candles)
    {
        foreach (var batch in candles.Chunk(CandleFileReader.ProgressInterval))
        {
            Assert.True(writer.TryWrite(batch));
        }
    }

    private static Task WaitUntilSomeoneWaitsForAnAdvisoryLockAsync(TestDatabase database) =>
        PollUntilPositiveAsync(
            database,
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()",
            "nobody ever waited for the series lock"
        );

    /// <summary>Polls the server's COPY progress until the open COPY has processed rows (they are in the table, uncommitted).</summary>
    private static Task WaitUntilTheServerCopiedRowsAsync(TestDatabase database) =>
        PollUntilPositiveAsync(
            database,
            "SELECT coalesce(sum(tuples_processed), 0)::bigint FROM pg_stat_progress_copy WHERE datname = current_database()",
            "the COPY never reached the server"
        );

    private static async Task PollUntilPositiveAsync(TestDatabase database, string countQuery, string failure)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(countQuery, connection);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (
            Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0
        )
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, failure);
            await Task.Delay(20);
        }
    }

    private static async Task<LockHolder> HoldSeriesLockAsync(TestDatabase database, Symbol symbol)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tx = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
            connection,
            tx
        );
        command.Parameters.Add(
            new NpgsqlParameter<string> { TypedValue = PostgresCandleBulkLoader.SeriesLock(symbol, Interval.OneHour) }
        );
        await command.ExecuteNonQueryAsync();
        return new LockHolder(connection, tx);
    }

    private sealed class LockHolder(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public NpgsqlTransaction Transaction { get; } = transaction;

        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
