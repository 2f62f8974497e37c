using System.CommandLine;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Gaps;
using static System.FormattableString;
using Symbol = MexcTrader.Core.Domain.Symbol;

namespace MexcTrader.Web.Cli;

/// <summary>`gaps`: reports the missing candles of a stored series and, with --fill, back-fills them from MEXC.</summary>
internal static class GapsCommand
{
    public static Command Create()
    {
        var symbol = CliOptions.Symbol(required: true);
        var interval = CliOptions.Interval(required: true);
        var from = HistoryCliOptions.Date("--from", "Start (default: the first stored candle).", required: false);
        var to = HistoryCliOptions.Date(
            "--to",
            "End, exclusive (default: after the last stored candle).",
            required: false
        );
        var fill = new Option<bool>("--fill") { Description = "Back-fill the gaps from the exchange." };
        var url = HistoryCliOptions.ExchangeUrl();
        var provider = CliOptions.Provider("Database engine; default: Database:Provider.");
        var connection = CliOptions.Connection("Connection string; default: ConnectionStrings:Trading.");
        var command = new Command(
            "gaps",
            "Report missing candles of a stored series on its interval's grid; --fill fetches them from MEXC and reports what the exchange does not have either (outages). "
                + DownloadCommand.Help
        )
        {
            symbol,
            interval,
            from,
            to,
            fill,
            url,
            provider,
            connection,
        };
        command.SetAction(
            async (parse, ct) =>
            {
                var output = parse.InvocationConfiguration.Output;
                var error = parse.InvocationConfiguration.Error;
                var pair = Symbol.TryParse(parse.GetRequiredValue(symbol), out var s) ? s.Value : default;
                var step = Intervals.Parse(parse.GetRequiredValue(interval));
                var (start, end) = (
                    HistoryCliOptions.ParseDate(parse.GetValue(from)),
                    HistoryCliOptions.ParseDate(parse.GetValue(to))
                );
                if (start is { } a && end is { } b && b <= a)
                {
                    await error.WriteLineAsync("gaps: --to must be after --from.").ConfigureAwait(false);
                    return CliExitCodes.BadArguments;
                }
                var target = new HistoryCliTarget(
                    CliOptions.ParseProvider(parse.GetValue(provider)),
                    parse.GetValue(connection),
                    parse.GetValue(url)
                );
                var opened = await HistoryCliServices.OpenAsync("gaps", target, error, ct).ConfigureAwait(false);
                if (opened.Services is not { } services)
                {
                    return opened.ExitCode;
                }
                await using (services.ConfigureAwait(false))
                {
                    var gaps = await services
                        .Detector.FindInSeriesAsync(pair, step, start, end, ct)
                        .ConfigureAwait(false);
                    await output
                        .WriteLineAsync(
                            Invariant(
                                $"{pair} {step.ToCode()}: {gaps.Count:N0} gaps, {gaps.Sum(g => g.Count):N0} missing candles"
                            )
                        )
                        .ConfigureAwait(false);
                    foreach (var gap in gaps)
                    {
                        await output.WriteLineAsync("  " + Describe(gap)).ConfigureAwait(false);
                    }
                    if (!parse.GetValue(fill) || gaps.Count == 0)
                    {
                        return CliExitCodes.Ok;
                    }
                    return await FillAsync(services, gaps, output, error, ct).ConfigureAwait(false);
                }
            }
        );
        return command;
    }

    public static string Describe(CandleGap gap) =>
        Invariant($"{gap.First:yyyy-MM-dd HH:mm} .. {gap.Last:yyyy-MM-dd HH:mm} UTC ({gap.Count:N0} candles)");

    private static async Task<int> FillAsync(
        HistoryCliServices services,
        IReadOnlyList<CandleGap> gaps,
        TextWriter output,
        TextWriter error,
        CancellationToken ct
    )
    {
        var filled = await services.Filler.FillAsync(gaps, null, ct).ConfigureAwait(false);
        if (!filled.IsSuccess)
        {
            await error
                .WriteLineAsync(
                    $"gaps: the exchange failed: {filled.Failure.Message} [{filled.Failure.Code}]; filled chunks are kept."
                )
                .ConfigureAwait(false);
            return DownloadCommand.ExchangeFailed;
        }
        var unfillable = filled.Value.SelectMany(r => r.Unfillable).ToList();
        await output
            .WriteLineAsync(
                Invariant(
                    $"filled: fetched {filled.Value.Sum(r => r.Fetched):N0}, added {filled.Value.Sum(r => r.Added):N0}; unfillable (exchange has none): {unfillable.Count:N0} gaps, {unfillable.Sum(g => g.Count):N0} candles"
                )
            )
            .ConfigureAwait(false);
        foreach (var gap in unfillable)
        {
            await output.WriteLineAsync("  unfillable " + Describe(gap)).ConfigureAwait(false);
        }
        return CliExitCodes.Ok;
    }
}
