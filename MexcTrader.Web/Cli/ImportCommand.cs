using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Symbol = MexcTrader.Core.Domain.Symbol;

namespace MexcTrader.Web.Cli;

/// <summary>`import`: loads a candle file into the configured database (migrated first) and reports what it did.</summary>
internal static class ImportCommand
{
    /// <summary>Files at least this large on disk get a progress display (a bar on a terminal, lines otherwise).</summary>
    public const long LargeFileBytes = 1 << 20;

    public static Command Create()
    {
        var file = CliOptions.File(
            "Candle file, CSV or gzip-compressed CSV: open_time_ms,open,high,low,close,volume with a header, or the 12-column MEXC/Binance kline layout with or without one."
        );
        var symbol = CliOptions.Symbol(required: true);
        var interval = CliOptions.Interval(required: true);
        var provider = CliOptions.Provider(
            "Database engine; default: Database:Provider from appsettings.json or Database__Provider."
        );
        var connection = CliOptions.Connection(
            "Connection string; default: ConnectionStrings:Trading (ConnectionStrings__Trading), for SQLite else mexctrader.db in App:DataFolder."
        );
        var command = new Command(
            "import",
            "Load a candle file into the database. The whole file is validated first: a bad row rejects it with its line number and nothing is stored. Candles already stored are skipped, so importing a file twice is safe. "
                + CliExitCodes.Help
        )
        {
            file,
            symbol,
            interval,
            provider,
            connection,
        };
        command.SetAction(
            (parse, ct) =>
                RunAsync(
                    new CandleImportRequest(
                        Path.GetFullPath(parse.GetRequiredValue(file)),
                        Symbol.TryParse(parse.GetRequiredValue(symbol), out var s) ? s.Value : default,
                        Intervals.Parse(parse.GetRequiredValue(interval))
                    ),
                    CliOptions.ParseProvider(parse.GetValue(provider)),
                    parse.GetValue(connection),
                    parse.InvocationConfiguration.Output,
                    parse.InvocationConfiguration.Error,
                    ct
                )
        );
        return command;
    }

    private static async Task<int> RunAsync(
        CandleImportRequest request,
        StorageProvider? provider,
        string? connection,
        TextWriter output,
        TextWriter error,
        CancellationToken ct
    )
    {
        WebApplication host;
        try
        {
            host = CliHost.Build(provider, connection);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            await error.WriteLineAsync($"import: {e.Message}").ConfigureAwait(false);
            return CliExitCodes.BadArguments;
        }
        await using (host.ConfigureAwait(false))
        {
            var storage = host.Services.GetRequiredService<StorageConnection>();
            try
            {
                var contexts = host.Services.GetRequiredService<IDbContextFactory<TradingDbContext>>();
                await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
                await StoreSchema.ApplyAsync(db, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException)
            {
                await error
                    .WriteLineAsync($"import: cannot open the {storage.Provider} database: {e.Message}")
                    .ConfigureAwait(false);
                return e is ArgumentException ? CliExitCodes.BadArguments : CliExitCodes.StorageFailed;
            }

            var importer = host.Services.GetRequiredService<ICandleImporter>();
            var large =
                System.IO.File.Exists(request.FilePath) && new FileInfo(request.FilePath).Length >= LargeFileBytes;
            Result<ImportSummary> result;
            try
            {
                result =
                    !large ? await importer.ImportAsync(request, null, ct).ConfigureAwait(false)
                    : IsInteractive(output) ? await WithProgressBarAsync(importer, request, ct).ConfigureAwait(false)
                    : await importer
                        .ImportAsync(request, new SyncProgress<ImportProgress>(p => WriteLine(output, p)), ct)
                        .ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await error
                    .WriteLineAsync("import: cancelled; candles stored so far are kept (run it again to finish)")
                    .ConfigureAwait(false);
                return CliExitCodes.Cancelled;
            }

            if (!result.IsSuccess)
            {
                var failure = result.Failure;
                var stored = failure.Code == ImportFailures.StorageFailed ? "" : " Nothing was stored.";
                await error
                    .WriteLineAsync(
                        $"import: {Path.GetFileName(request.FilePath)} rejected: {failure.Message} [{failure.Code}].{stored}"
                    )
                    .ConfigureAwait(false);
                if (failure.Message.StartsWith("line ", StringComparison.Ordinal))
                {
                    await error
                        .WriteLineAsync("(line numbers count every line of the file from 1, the header included)")
                        .ConfigureAwait(false);
                }
                return CliExitCodes.ForFailure(failure.Code);
            }

            var summary = result.Value;
            await output
                .WriteLineAsync(
                    Invariant(
                        $"Imported {request.Symbol} {request.Interval.ToCode()} from {Path.GetFileName(request.FilePath)} into {storage.Provider}"
                    )
                )
                .ConfigureAwait(false);
            await output.WriteLineAsync(Invariant($"  rows read:        {summary.RowsRead:N0}")).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant($"  rows added:       {summary.RowsAdded:N0}")).ConfigureAwait(false);
            await output
                .WriteLineAsync(Invariant($"  already present:  {summary.RowsPresent:N0}"))
                .ConfigureAwait(false);
            await output
                .WriteLineAsync(Invariant($"  elapsed:          {summary.Elapsed.TotalSeconds:0.000} s"))
                .ConfigureAwait(false);
            await output
                .WriteLineAsync(Invariant($"  throughput:       {summary.RowsPerSecond:N0} rows/s"))
                .ConfigureAwait(false);
            return CliExitCodes.Ok;
        }
    }

    private static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && AnsiConsole.Profile.Capabilities.Interactive;

    private static async Task<Result<ImportSummary>> WithProgressBarAsync(
        ICandleImporter importer,
        CandleImportRequest request,
        CancellationToken ct
    ) =>
        await AnsiConsole
            .Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn()
            )
            .StartAsync(async context =>
            {
                var reading = context.AddTask("Reading", maxValue: 1).IsIndeterminate();
                var storing = context.AddTask("Storing", autoStart: false, maxValue: 1);
                var progress = new SyncProgress<ImportProgress>(p =>
                {
                    switch (p.Stage)
                    {
                        case ImportStage.Reading:
                            reading.Description = Invariant($"Reading  {p.RowsRead, 12:N0} rows");
                            break;
                        case ImportStage.Storing:
                            if (!reading.IsFinished)
                            {
                                reading.StopTask();
                            }
                            reading.IsIndeterminate = false;
                            reading.Value = reading.MaxValue;
                            reading.Description = Invariant($"Read     {p.RowsRead, 12:N0} rows");
                            storing.MaxValue = Math.Max(1, p.RowsTotal ?? p.RowsRead);
                            storing.Value = p.RowsAdded + p.RowsPresent;
                            storing.Description = Invariant($"Storing  {p.RowsAdded + p.RowsPresent, 12:N0} rows");
                            if (!storing.IsStarted)
                            {
                                storing.StartTask();
                            }
                            break;
                        case ImportStage.Completed:
                            storing.Value = storing.MaxValue;
                            storing.Description = Invariant($"Stored   {p.RowsAdded + p.RowsPresent, 12:N0} rows");
                            storing.StopTask();
                            break;
                        case ImportStage.Failed:
                            reading.StopTask();
                            storing.StopTask();
                            break;
                        default:
                            break;
                    }
                });
                return await importer.ImportAsync(request, progress, ct).ConfigureAwait(false);
            })
            .ConfigureAwait(false);

    /// <summary>The plain progress line for redirected output (logs, CI): one per throttled report.</summary>
    private static void WriteLine(TextWriter output, ImportProgress p)
    {
        var line = p.Stage switch
        {
            ImportStage.Reading when p.RowsRead > 0 => Invariant(
                $"reading: {p.RowsRead:N0} rows ({p.Elapsed.TotalSeconds:0.0} s)"
            ),
            ImportStage.Storing => Invariant(
                $"storing: {p.RowsAdded + p.RowsPresent:N0} of {p.RowsTotal:N0} rows ({p.RowsAdded:N0} added, {p.RowsPresent:N0} present, {p.Elapsed.TotalSeconds:0.0} s)"
            ),
            _ => null,
        };
        if (line is not null)
        {
            output.WriteLine(line);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
