using System.CommandLine;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Download;
using Spectre.Console;
using static System.FormattableString;

namespace MexcTrader.Web.Cli;

/// <summary>`download`: fetches the missing candles of a range from MEXC (or the simulator) into the database.</summary>
internal static class DownloadCommand
{
    public static Command Create()
    {
        var symbols = new Option<string>("--symbols")
        {
            Description = "Pairs, comma-separated, e.g. BTCUSDT,ETHUSDT.",
            Required = true,
            HelpName = "A,B",
        };
        var interval = CliOptions.Interval(required: true);
        var from = HistoryCliOptions.Date(
            "--from",
            "First open time: 2025-12-04 or ISO-8601 (UTC unless an offset is given).",
            true
        );
        var to = HistoryCliOptions.Date("--to", "End of the range, exclusive: 2025-12-05 or ISO-8601.", true);
        var url = HistoryCliOptions.ExchangeUrl();
        var provider = CliOptions.Provider("Database engine; default: Database:Provider.");
        var connection = CliOptions.Connection("Connection string; default: ConnectionStrings:Trading.");
        var command = new Command(
            "download",
            "Download candles from MEXC into the database. Candles already stored are skipped, so running it again after an interruption fetches only the rest. "
                + Help
        )
        {
            symbols,
            interval,
            from,
            to,
            url,
            provider,
            connection,
        };
        command.SetAction(
            async (parse, ct) =>
            {
                var error = parse.InvocationConfiguration.Error;
                if (!HistoryCliOptions.TryParseSymbols(parse.GetRequiredValue(symbols), out var pairs, out var bad))
                {
                    await error.WriteLineAsync($"download: {bad}").ConfigureAwait(false);
                    return CliExitCodes.BadArguments;
                }
                var start = HistoryCliOptions.ParseDate(parse.GetRequiredValue(from))!.Value;
                var end = HistoryCliOptions.ParseDate(parse.GetRequiredValue(to))!.Value;
                if (end <= start)
                {
                    await error
                        .WriteLineAsync(Invariant($"download: --to ({end:u}) must be after --from ({start:u})."))
                        .ConfigureAwait(false);
                    return CliExitCodes.BadArguments;
                }
                var request = new DownloadRequest(pairs, Intervals.Parse(parse.GetRequiredValue(interval)), start, end);
                return await RunAsync(
                        request,
                        new HistoryCliTarget(
                            CliOptions.ParseProvider(parse.GetValue(provider)),
                            parse.GetValue(connection),
                            parse.GetValue(url)
                        ),
                        parse.InvocationConfiguration.Output,
                        error,
                        ct
                    )
                    .ConfigureAwait(false);
            }
        );
        return command;
    }

    public const string Help =
        "Exit codes: 0 done, 1 bad arguments, 4 database error, 5 exchange error, 130 cancelled (what was stored is kept).";

    public const int ExchangeFailed = 5;

    private static async Task<int> RunAsync(
        DownloadRequest request,
        HistoryCliTarget target,
        TextWriter output,
        TextWriter error,
        CancellationToken ct
    )
    {
        var opened = await HistoryCliServices.OpenAsync("download", target, error, ct).ConfigureAwait(false);
        if (opened.Services is not { } services)
        {
            return opened.ExitCode;
        }
        await using (services.ConfigureAwait(false))
        {
            var downloader = new HistoryDownloader(services.Detector, services.Filler, TimeProvider.System);
            IReadOnlyList<PairDownloadSummary> summaries;
            try
            {
                summaries = Interactive(output)
                    ? await WithProgressBarsAsync(downloader, request, ct).ConfigureAwait(false)
                    : await downloader
                        .DownloadAsync(request, new SyncProgress<DownloadProgress>(p => PlainLine(output, p)), ct)
                        .ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await error
                    .WriteLineAsync("download: cancelled; candles stored so far are kept (run it again to finish)")
                    .ConfigureAwait(false);
                return CliExitCodes.Cancelled;
            }
            foreach (var s in summaries)
            {
                await output
                    .WriteLineAsync(
                        Invariant(
                            $"{s.Symbol} {request.Interval.ToCode()}: fetched {s.Fetched:N0}, added {s.Added:N0}, already present {s.AlreadyPresent:N0}, gaps left {s.GapsLeft.Count:N0} ({s.MissingLeft:N0} candles)"
                        )
                    )
                    .ConfigureAwait(false);
                foreach (var gap in s.GapsLeft)
                {
                    await output.WriteLineAsync("  " + GapsCommand.Describe(gap)).ConfigureAwait(false);
                }
                if (s.Failure is { } failure)
                {
                    await error
                        .WriteLineAsync($"download: {s.Symbol}: {failure.Message} [{failure.Code}]")
                        .ConfigureAwait(false);
                }
            }
            return summaries.Any(s => s.Failure is not null) ? ExchangeFailed : CliExitCodes.Ok;
        }
    }

    private static void PlainLine(TextWriter output, DownloadProgress p)
    {
        lock (output)
        {
            output.WriteLine(Invariant($"{p.Symbol}: {p.Fetched:N0} / {p.Missing:N0} missing candles fetched"));
        }
    }

    private static bool Interactive(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && AnsiConsole.Profile.Capabilities.Interactive;

    private static Task<IReadOnlyList<PairDownloadSummary>> WithProgressBarsAsync(
        HistoryDownloader downloader,
        DownloadRequest request,
        CancellationToken ct
    ) =>
        AnsiConsole
            .Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn()
            )
            .StartAsync(context =>
            {
                var bars = request.Symbols.ToDictionary(s => s, s => context.AddTask(s.Value, maxValue: 1));
                return downloader.DownloadAsync(
                    request,
                    new SyncProgress<DownloadProgress>(p =>
                    {
                        var bar = bars[p.Symbol];
                        bar.MaxValue = Math.Max(1, p.Missing);
                        bar.Value = p.Missing == 0 ? 1 : Math.Min(p.Fetched, p.Missing);
                    }),
                    ct
                );
            });
}
