using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;
using Symbol = MexcTrader.Core.Domain.Symbol;

namespace MexcTrader.Web.Cli;

/// <summary>
/// `bench import`: imports a file into a fresh, empty, migrated database per repetition (a new SQLite file; a new
/// PostgreSQL database, dropped afterwards) and reports the median rows/s end to end, and of reading+validating
/// and of storing separately; then the re-import of the same file (every row already present).
/// </summary>
internal static partial class BenchCommand
{
    public static Command Create()
    {
        var file = CliOptions.File("Candle file to import (CSV or .csv.gz), e.g. BTCUSDT-1m.csv.gz.");
        var provider = CliOptions.Provider(
            "Database engine to measure; default: SQLite, and PostgreSQL too when a PostgreSQL connection is known."
        );
        var connection = CliOptions.Connection(
            "PostgreSQL server to create the scratch databases on (the role needs CREATEDB); default: ConnectionStrings:Trading when Database:Provider is PostgreSql. SQLite always uses a temporary file."
        );
        var repeat = new Option<int>("--repeat", "-n")
        {
            Description = "Measured repetitions per provider (after one warm-up run); the median is reported.",
            DefaultValueFactory = _ => 5,
        };
        repeat.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100)
            {
                r.AddError("--repeat must be between 1 and 100.");
            }
        });
        var symbol = CliOptions.Symbol(required: false);
        symbol.Description += " Default: from the file name (SYMBOL-INTERVAL.csv[.gz]).";
        var interval = CliOptions.Interval(required: false);
        interval.Description += " Default: from the file name.";
        var import = new Command("import", "Measure candle import throughput. " + CliExitCodes.Help)
        {
            file,
            provider,
            connection,
            repeat,
            symbol,
            interval,
        };
        import.SetAction(
            (parse, ct) =>
                RunAsync(
                    new Settings(
                        Path.GetFullPath(parse.GetRequiredValue(file)),
                        CliOptions.ParseProvider(parse.GetValue(provider)),
                        parse.GetValue(connection),
                        parse.GetValue(repeat),
                        parse.GetValue(symbol),
                        parse.GetValue(interval)
                    ),
                    parse.InvocationConfiguration.Output,
                    parse.InvocationConfiguration.Error,
                    ct
                )
        );
        return new Command("bench", "Benchmarks.")
        {
            import,
            BenchDecisionsCommand.Create(),
            BenchPipelineCommand.Create(),
        };
    }

    private sealed record Settings(
        string File,
        StorageProvider? Provider,
        string? Connection,
        int Repeat,
        string? Symbol,
        string? Interval
    );

    private sealed record Run(
        TimeSpan Read,
        TimeSpan Store,
        TimeSpan Total,
        TimeSpan Reimport,
        TimeSpan ClientCpu,
        string Method
    );

    private static async Task<int> RunAsync(
        Settings settings,
        TextWriter output,
        TextWriter error,
        CancellationToken ct
    )
    {
        if (!File.Exists(settings.File))
        {
            await error.WriteLineAsync($"bench: file not found: {settings.File}").ConfigureAwait(false);
            return CliExitCodes.FileMissing;
        }
        var named = FileNamePattern().Match(Path.GetFileName(settings.File));
        var symbolText = settings.Symbol ?? (named.Success ? named.Groups["symbol"].Value : null);
        var intervalText = settings.Interval ?? (named.Success ? named.Groups["interval"].Value : null);
        if (!Symbol.TryParse(symbolText, out var symbol) || !Intervals.TryParse(intervalText, out var interval))
        {
            await error
                .WriteLineAsync("bench: give --symbol and --interval (the file name is not SYMBOL-INTERVAL.csv)")
                .ConfigureAwait(false);
            return CliExitCodes.BadArguments;
        }
        var targets = Targets(settings, error);
        if (targets is null)
        {
            return CliExitCodes.BadArguments;
        }

        // Count the rows once (and reject a bad file before creating any database).
        var probe = CandleFileReader.Read(settings.File, symbol.Value, interval.Value, ct: ct);
        if (!probe.IsSuccess)
        {
            await error.WriteLineAsync($"bench: {probe.Failure.Message}").ConfigureAwait(false);
            return CliExitCodes.ForFailure(probe.Failure.Code);
        }
        var rows = probe.Value.Candles.Count;
        await output
            .WriteLineAsync(
                Invariant(
                    $"bench import: {Path.GetFileName(settings.File)}, {rows:N0} rows of {symbol} {interval.Value.ToCode()} ({(probe.Value.WasGzip ? "gzip, " : "")}{probe.Value.Layout} layout); {settings.Repeat} measured run(s) after 1 warm-up, each into a fresh database; {Environment.ProcessorCount} CPU(s)"
                )
            )
            .ConfigureAwait(false);
        probe = null;

        foreach (var (provider, server) in targets)
        {
            var runs = new List<Run>();
            for (var i = 0; i <= settings.Repeat; i++)
            {
                Run run;
                try
                {
                    run = await MeasureAsync(provider, server, settings.File, symbol.Value, interval.Value, ct)
                        .ConfigureAwait(false);
                }
                catch (DbException e)
                {
                    await error.WriteLineAsync($"bench: {provider}: {e.Message}").ConfigureAwait(false);
                    return CliExitCodes.StorageFailed;
                }
                catch (BenchFailure e)
                {
                    await error.WriteLineAsync($"bench: {provider}: {e.Message}").ConfigureAwait(false);
                    return CliExitCodes.StorageFailed;
                }
                var label = i == 0 ? "warm-up" : $"run {i}";
                await output
                    .WriteLineAsync(
                        Invariant(
                            $"{provider, -10} {label, -8} total {Ms(run.Total), 8} ms {Rate(rows, run.Total), 11} rows/s | read+validate {Ms(run.Read), 7} ms {Rate(rows, run.Read), 11} rows/s | store ({run.Method}) {Ms(run.Store), 7} ms {Rate(rows, run.Store), 11} rows/s | re-import {Rate(rows, run.Reimport), 11} rows/s | this process's CPU {Ms(run.ClientCpu), 5} ms"
                        )
                    )
                    .ConfigureAwait(false);
                if (i > 0)
                {
                    runs.Add(run);
                }
            }
            var total = Median(runs.Select(r => r.Total));
            var best = runs.MinBy(r => r.Total)!;
            await output
                .WriteLineAsync(
                    Invariant(
                        $"{provider, -10} MEDIAN   {Rate(rows, total)} rows/s end to end ({Ms(total)} ms); read+validate {Rate(rows, Median(runs.Select(r => r.Read)))} rows/s; store {Rate(rows, Median(runs.Select(r => r.Store)))} rows/s; re-import of the same file {Rate(rows, Median(runs.Select(r => r.Reimport)))} rows/s"
                    )
                )
                .ConfigureAwait(false);
            await output
                .WriteLineAsync(
                    Invariant(
                        $"{provider, -10} BEST     {Rate(rows, best.Total)} rows/s end to end ({Ms(best.Total)} ms); read+validate {Rate(rows, runs.Min(r => r.Read))} rows/s; store {Rate(rows, runs.Min(r => r.Store))} rows/s"
                    )
                )
                .ConfigureAwait(false);
        }
        return CliExitCodes.Ok;
    }

    /// <summary>The providers to measure and, for PostgreSQL, the server connection; null after an error.</summary>
    private static List<(StorageProvider Provider, string? Server)>? Targets(Settings settings, TextWriter error)
    {
        var pg = settings.Connection ?? CliHost.ConfiguredPostgresConnection();
        switch (settings.Provider)
        {
            case StorageProvider.Sqlite:
                return [(StorageProvider.Sqlite, null)];
            case StorageProvider.PostgreSql when pg is null:
                error.WriteLine(
                    "bench: PostgreSQL needs --connection (a server where the role may CREATE DATABASE), or ConnectionStrings__Trading with Database__Provider=PostgreSql."
                );
                return null;
            case StorageProvider.PostgreSql:
                return [(StorageProvider.PostgreSql, pg)];
            default:
                return pg is null
                    ? [(StorageProvider.Sqlite, null)]
                    : [(StorageProvider.Sqlite, null), (StorageProvider.PostgreSql, pg)];
        }
    }

    private static async Task<Run> MeasureAsync(
        StorageProvider provider,
        string? server,
        string file,
        Symbol symbol,
        Interval interval,
        CancellationToken ct
    )
    {
        await using var database = await ScratchDatabase.CreateAsync(provider, server, ct).ConfigureAwait(false);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var time = TimeProvider.System;
        var loader = CandleBulkLoaders.For(database.Connection);
        var method = "";
        void Record(string m) => method = method.Length == 0 || method == m ? m : $"{method}, {m}";
        var importer = new CandleImporter(
            loader is ICandleStreamLoader streaming
                ? new RecordingStreamLoader(streaming, Record)
                : new RecordingLoader(loader, Record),
            time
        );
        TimeSpan? readDone = null;
        var progress = new SyncProgress<ImportProgress>(p =>
        {
            if (p.Stage == ImportStage.Storing && readDone is null)
            {
                readDone = p.Elapsed;
            }
        });
        var request = new CandleImportRequest(file, symbol, interval);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = time.GetTimestamp();
        var first = await importer.ImportAsync(request, progress, ct).ConfigureAwait(false);
        var total = time.GetElapsedTime(started);
        process.Refresh();
        var clientCpu = process.TotalProcessorTime - cpu;
        if (!first.IsSuccess)
        {
            throw new BenchFailure(first.Failure.ToString());
        }
        if (first.Value.RowsAdded != first.Value.RowsRead)
        {
            throw new BenchFailure(
                $"a fresh database should take every row, but {first.Value.RowsAdded} of {first.Value.RowsRead} were added"
            );
        }
        var firstMethod = method;
        var again = time.GetTimestamp();
        var second = await importer.ImportAsync(request, null, ct).ConfigureAwait(false);
        var reimport = time.GetElapsedTime(again);
        if (!second.IsSuccess || second.Value.RowsAdded != 0)
        {
            throw new BenchFailure("the re-import of the same file should add nothing");
        }
        // stored while reading: there is no separate store phase, the whole run counts as read+validate(+store)
        var read = firstMethod == PostgresCandleBulkLoader.StreamMethod ? total : readDone ?? TimeSpan.Zero;
        return new Run(read, total - read, total, reimport, clientCpu, firstMethod);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string Rate(long rows, TimeSpan t) =>
        t > TimeSpan.Zero ? (rows / t.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<symbol>[A-Za-z0-9]+)[-_](?<interval>\d+[mhdwMHDW])\.csv(\.gz)?$")]
    private static partial Regex FileNamePattern();

    private sealed class BenchFailure(string message) : Exception(message);

    private sealed class RecordingLoader(ICandleBulkLoader inner, Action<string> method) : ICandleBulkLoader
    {
        public async Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
        {
            var result = await inner.LoadAsync(candles, ct).ConfigureAwait(false);
            method(result.Method);
            return result;
        }
    }

    private sealed class RecordingStreamLoader(ICandleStreamLoader inner, Action<string> method) : ICandleStreamLoader
    {
        public async Task<BulkLoadResult> LoadAsync(IReadOnlyList<Candle> candles, CancellationToken ct)
        {
            var result = await inner.LoadAsync(candles, ct).ConfigureAwait(false);
            method(result.Method);
            return result;
        }

        public async Task<BulkLoadResult?> LoadStreamAsync(
            System.Threading.Channels.ChannelReader<Candle[]> batches,
            Task<bool> fileValid,
            CancellationToken ct
        )
        {
            var result = await inner.LoadStreamAsync(batches, fileValid, ct).ConfigureAwait(false);
            if (result is not null)
            {
                method(result.Method);
            }
            return result;
        }
    }

    /// <summary>An empty migrated database for one run: a temp SQLite file, or a new PostgreSQL database.</summary>
    private sealed class ScratchDatabase(StorageConnection connection, Func<Task> drop) : IAsyncDisposable
    {
        public StorageConnection Connection { get; } = connection;

        public static async Task<ScratchDatabase> CreateAsync(
            StorageProvider provider,
            string? server,
            CancellationToken ct
        )
        {
            ScratchDatabase scratch;
            if (provider == StorageProvider.Sqlite)
            {
                var folder = Directory.CreateTempSubdirectory("mexctrader-bench-");
                var cs = new SqliteConnectionStringBuilder
                {
                    DataSource = Path.Combine(folder.FullName, "bench.db"),
                    Pooling = false,
                }.ToString();
                scratch = new ScratchDatabase(
                    new StorageConnection(provider, cs),
                    () =>
                    {
                        folder.Delete(recursive: true);
                        return Task.CompletedTask;
                    }
                );
            }
            else
            {
                var name = "mexctrader_bench_" + Guid.NewGuid().ToString("N");
                await using (var admin = new NpgsqlConnection(server))
                {
                    await admin.OpenAsync(ct).ConfigureAwait(false);
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                    await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
                var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
                scratch = new ScratchDatabase(new StorageConnection(provider, cs), () => DropAsync(server!, name));
            }
            await using var db = new TradingDbContext(
                TradingDbOptions.Create(provider, scratch.Connection.ConnectionString)
            );
            await StoreSchema.ApplyAsync(db, ct).ConfigureAwait(false);
            return scratch;
        }

        /// <summary>
        /// Drops a scratch database. An autovacuum worker (started by the bulk load) may be in it: WITH (FORCE) cannot
        /// end that superuser process for an ordinary role, but a plain DROP cancels it itself, so try both, briefly.
        /// </summary>
        private static async Task DropAsync(string server, string name)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync().ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var force = attempt % 2 == 1 ? " WITH (FORCE)" : "";
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"{force}", admin);
                    await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
                    return;
                }
                catch (PostgresException e)
                    when (attempt < 20
                        && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse
                    )
                {
                    await Task.Delay(250).ConfigureAwait(false);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (Connection.Provider == StorageProvider.Sqlite)
            {
                SqliteConnection.ClearAllPools();
            }
            await drop().ConfigureAwait(false);
        }
    }
}
