using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.RegularExpressions;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Web.Hosting;
using Symbol = MexcTrader.Core.Domain.Symbol;

namespace MexcTrader.Web.Cli;

/// <summary>
/// `bench decisions`: latency of one decision cycle without the LLM (snapshot + rule engine + risk + formatter) for
/// N pairs, each cycle timed alone with Stopwatch timestamps after the market moved one candle; prints p50, p90,
/// p99, p99.9 and max, the snapshot's share, bytes allocated per cycle and garbage collections.
/// </summary>
internal static partial class BenchDecisionsCommand
{
    public static Command Create()
    {
        var pairs = Bounded("--pairs", "Active pairs in every cycle.", 50, 1, 1_000);
        var cycles = Bounded("--cycles", "Measured cycles.", 100_000, 100, 10_000_000);
        var warmUp = Bounded("--warmup", "Unmeasured cycles first (JIT tiering, caches).", 5_000, 0, 1_000_000);
        var data = new Option<string>("--data")
        {
            Description =
                "Folder of candle files (SYMBOL-INTERVAL.csv[.gz]) whose per-candle moves the pairs replay; default: the bundled SampleData (real 1h BTCUSDT, ETHUSDT, SOLUSDT).",
            HelpName = "DIR",
        };
        var command = new Command("decisions", "Measure one decision cycle without the LLM. " + CliExitCodes.Help)
        {
            pairs,
            cycles,
            warmUp,
            data,
        };
        command.SetAction(
            (parse, ct) =>
                RunAsync(
                    parse.GetValue(pairs),
                    parse.GetValue(cycles),
                    parse.GetValue(warmUp),
                    parse.GetValue(data) ?? DemoDataSeeder.Folder,
                    parse.InvocationConfiguration.Output,
                    parse.InvocationConfiguration.Error,
                    ct
                )
        );
        return command;
    }

    internal static Option<int> Bounded(string name, string description, int fallback, int min, int max)
    {
        var option = new Option<int>(name)
        {
            Description = $"{description} Default {fallback}.",
            DefaultValueFactory = _ => fallback,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is var value && (value < min || value > max))
            {
                r.AddError($"{name} must be between {min} and {max} (is {value}).");
            }
        });
        return option;
    }

    private static async Task<int> RunAsync(
        int pairs,
        int cycles,
        int warmUp,
        string folder,
        TextWriter output,
        TextWriter error,
        CancellationToken ct
    )
    {
        var series = ReadSeries(folder, ct);
        if (!series.IsSuccess)
        {
            await error.WriteLineAsync($"bench: {series.Failure.Message}").ConfigureAwait(false);
            return series.Failure.Code == ImportFailures.FileNotFound
                ? CliExitCodes.FileMissing
                : CliExitCodes.FileRejected;
        }
        var workload = DecisionBenchWorkload.Create(series.Value.Select(s => s.Candles).ToList(), pairs);
        await output
            .WriteLineAsync(
                Invariant(
                    $"bench decisions: {pairs} pairs replaying {string.Join(", ", series.Value.Select(s => s.Name))}; {warmUp:N0} warm-up + {cycles:N0} measured cycles; {Environment.ProcessorCount} CPU(s), {(GCSettings.IsServerGC ? "server" : "workstation")} GC"
                )
            )
            .ConfigureAwait(false);
        for (var i = 0; i < warmUp && !ct.IsCancellationRequested; i++)
        {
            workload.Advance();
            workload.RunCycle();
        }
        var total = new long[cycles];
        var snapshot = new long[cycles];
        var allocated = 0L;
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pauses = GC.GetTotalPauseDuration();
        for (var i = 0; i < cycles; i++)
        {
            if (ct.IsCancellationRequested)
            {
                return CliExitCodes.Cancelled;
            }
            workload.Advance();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            workload.RunCycle();
            total[i] = Stopwatch.GetTimestamp() - started;
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
        gen0 = GC.CollectionCount(0) - gen0;
        gen1 = GC.CollectionCount(1) - gen1;
        gen2 = GC.CollectionCount(2) - gen2;
        var paused = GC.GetTotalPauseDuration() - pauses;
        // The snapshot alone, on the same moving market, to show its share of the cycle.
        var snapshotCycles = Math.Min(cycles, 20_000);
        for (var i = 0; i < snapshotCycles; i++)
        {
            workload.Advance();
            var started = Stopwatch.GetTimestamp();
            workload.BuildSnapshot();
            snapshot[i] = Stopwatch.GetTimestamp() - started;
        }
        var mix = workload.Mix;
        await output
            .WriteLineAsync(
                Invariant(
                    $"cycle (snapshot + rules + risk + formatter): p50 {Us(total, 0.50)} µs  p90 {Us(total, 0.90)} µs  p99 {Us(total, 0.99)} µs  p99.9 {Us(total, 0.999)} µs  max {Us(total, 1)} µs  mean {Mean(total)} µs"
                )
            )
            .ConfigureAwait(false);
        await output
            .WriteLineAsync(
                Invariant(
                    $"snapshot alone ({snapshotCycles:N0} cycles): p50 {Us(snapshot.AsSpan(0, snapshotCycles).ToArray(), 0.50)} µs  p99 {Us(snapshot.AsSpan(0, snapshotCycles).ToArray(), 0.99)} µs"
                )
            )
            .ConfigureAwait(false);
        await output
            .WriteLineAsync(
                Invariant(
                    $"allocated {allocated / cycles:N0} B per cycle; GCs during the measured cycles and moves: gen0 {gen0}, gen1 {gen1}, gen2 {gen2}, paused {paused.TotalMilliseconds:0.#} ms in all"
                )
            )
            .ConfigureAwait(false);
        await output
            .WriteLineAsync(
                Invariant(
                    $"decisions: {mix.Holds:N0} hold, {mix.Buys:N0} buy, {mix.Exits:N0} exit; verdicts on orders: {mix.Approved:N0} approved, {mix.Resized:N0} resized, {mix.Rejected:N0} rejected; {mix.StopOuts:N0} stop-outs"
                )
            )
            .ConfigureAwait(false);
        if (mix.RejectedBy.Count > 0)
        {
            var reasons = mix
                .RejectedBy.OrderByDescending(r => r.Value)
                .Select(r => Invariant($"{r.Key} {r.Value:N0}"));
            await output.WriteLineAsync("rejected by: " + string.Join(", ", reasons)).ConfigureAwait(false);
        }
        return CliExitCodes.Ok;
    }

    internal sealed record Series(string Name, IReadOnlyList<Candle> Candles);

    internal static Result<List<Series>> ReadSeries(string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            return Result.Fail<List<Series>>(ImportFailures.FileNotFound, $"folder not found: {folder}");
        }
        var series = new List<Series>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var named = FileNamePattern().Match(Path.GetFileName(path));
            if (
                !named.Success
                || !Symbol.TryParse(named.Groups["symbol"].Value, out var symbol)
                || !Intervals.TryParse(named.Groups["interval"].Value, out var interval)
            )
            {
                continue;
            }
            var read = CandleFileReader.Read(path, symbol.Value, interval.Value, ct: ct);
            if (!read.IsSuccess)
            {
                return Result.Fail<List<Series>>(read.Failure);
            }
            if (read.Value.Candles.Count < 200)
            {
                return Result.Fail<List<Series>>(
                    ImportFailures.EmptyFile,
                    $"{Path.GetFileName(path)} has {read.Value.Candles.Count} candles; the bench needs 200 or more per file."
                );
            }
            series.Add(new Series(Path.GetFileName(path), read.Value.Candles));
        }
        return series.Count > 0
            ? Result.Ok(series)
            : Result.Fail<List<Series>>(
                ImportFailures.FileNotFound,
                $"no candle file named SYMBOL-INTERVAL.csv[.gz] in {folder}"
            );
    }

    internal static string Us(long[] ticks, double quantile)
    {
        var sorted = (long[])ticks.Clone();
        Array.Sort(sorted);
        var index = Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1);
        return (sorted[index] * 1e6 / Stopwatch.Frequency).ToString("0.0", CultureInfo.InvariantCulture);
    }

    private static string Mean(long[] ticks) =>
        (ticks.Average() * 1e6 / Stopwatch.Frequency).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<symbol>[A-Za-z0-9]+)[-_](?<interval>\d+[mhdwMHDW])\.csv(\.gz)?$")]
    private static partial Regex FileNamePattern();
}
