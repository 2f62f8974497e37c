using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Web.Hosting;

namespace MexcTrader.Web.Cli;

/// <summary>
/// `bench pipeline`: latency from a closed candle entering the engine to the order request leaving for the venue
/// (or the cycle ending without one), rule engine, N pairs, no network; each pair's candle timed alone with
/// Stopwatch timestamps. Prints p50/p90/p99/p99.9/max, orders sent, bytes allocated per candle and working memory
/// per pair.
/// </summary>
internal static class BenchPipelineCommand
{
    public static Command Create()
    {
        var pairs = BenchDecisionsCommand.Bounded("--pairs", "Active pairs.", 50, 1, 1_000);
        var candles = BenchDecisionsCommand.Bounded(
            "--candles",
            "Measured closed candles per pair.",
            2_000,
            10,
            1_000_000
        );
        var warmUp = BenchDecisionsCommand.Bounded(
            "--warmup",
            "Candles per pair run through the whole path first, unmeasured (JIT tiering, caches).",
            200,
            0,
            100_000
        );
        var data = new Option<string>("--data")
        {
            Description =
                "Folder of candle files (SYMBOL-INTERVAL.csv[.gz]) whose per-candle moves the pairs replay; default: the bundled SampleData (real 1h BTCUSDT, ETHUSDT, SOLUSDT).",
            HelpName = "DIR",
        };
        var command = new Command(
            "pipeline",
            "Measure closed candle in → order request out (rule engine, no network). " + CliExitCodes.Help
        )
        {
            pairs,
            candles,
            warmUp,
            data,
        };
        command.SetAction(
            (parse, ct) =>
                RunAsync(
                    parse.GetValue(pairs),
                    parse.GetValue(candles),
                    parse.GetValue(warmUp),
                    parse.GetValue(data) ?? DemoDataSeeder.Folder,
                    parse.InvocationConfiguration.Output,
                    parse.InvocationConfiguration.Error,
                    ct
                )
        );
        return command;
    }

    private static async Task<int> RunAsync(
        int pairs,
        int candles,
        int warmUp,
        string folder,
        TextWriter output,
        TextWriter error,
        CancellationToken ct
    )
    {
        var series = BenchDecisionsCommand.ReadSeries(folder, ct);
        if (!series.IsSuccess)
        {
            await error.WriteLineAsync($"bench: {series.Failure.Message}").ConfigureAwait(false);
            return series.Failure.Code == ImportFailures.FileNotFound
                ? CliExitCodes.FileMissing
                : CliExitCodes.FileRejected;
        }
        var replayed = series.Value.Select(s => s.Candles).ToList();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var workload = PipelineBenchWorkload.Create(replayed, pairs);
        await output
            .WriteLineAsync(
                Invariant(
                    $"bench pipeline: {pairs} pairs replaying {string.Join(", ", series.Value.Select(s => s.Name))}; {warmUp:N0} warm-up + {candles:N0} measured closed candles per pair; {Environment.ProcessorCount} CPU(s), {(GCSettings.IsServerGC ? "server" : "workstation")} GC"
                )
            )
            .ConfigureAwait(false);
        for (var round = 0; round < warmUp; round++)
        {
            if (ct.IsCancellationRequested)
            {
                return CliExitCodes.Cancelled;
            }
            Round(workload, null, 0, ct);
        }
        var heapWarm = GC.GetTotalMemory(forceFullCollection: true);
        // measured once the path has run, so that statics and caches it touches once are not counted as a pair's
        var pairState = PipelineBenchWorkload.MeasurePairState(replayed[0]);
        var orders = workload.Mix.Orders;
        var ticks = new long[(long)candles * pairs];
        var allocated = 0L;
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        for (var round = 0; round < candles; round++)
        {
            if (ct.IsCancellationRequested)
            {
                return CliExitCodes.Cancelled;
            }
            allocated += Round(workload, ticks, round * pairs, ct);
        }
        gen0 = GC.CollectionCount(0) - gen0;
        gen2 = GC.CollectionCount(2) - gen2;
        orders = workload.Mix.Orders - orders;
        var mix = workload.Mix;
        var count = ticks.Length;
        await output
            .WriteLineAsync(
                Invariant(
                    $"closed candle in → order request out: p50 {BenchDecisionsCommand.Us(ticks, 0.50)} µs  p90 {BenchDecisionsCommand.Us(ticks, 0.90)} µs  p99 {BenchDecisionsCommand.Us(ticks, 0.99)} µs  p99.9 {BenchDecisionsCommand.Us(ticks, 0.999)} µs  max {BenchDecisionsCommand.Us(ticks, 1)} µs over {count:N0} candles"
                )
            )
            .ConfigureAwait(false);
        await output
            .WriteLineAsync(
                Invariant(
                    $"orders sent while measured: {orders:N0} ({(double)orders / count:P1} of candles); in all: {mix.Entries:N0} entries, {mix.Exits:N0} exits, {mix.ProtectiveExits:N0} protective exits; {workload.OpenPositions} positions open at the end"
                )
            )
            .ConfigureAwait(false);
        await output
            .WriteLineAsync(
                Invariant(
                    $"decisions: {mix.Decisions.Holds:N0} hold, {mix.Decisions.Buys:N0} buy, {mix.Decisions.Exits:N0} exit; verdicts on orders: {mix.Decisions.Approved:N0} approved, {mix.Decisions.Resized:N0} resized, {mix.Decisions.Rejected:N0} rejected"
                )
            )
            .ConfigureAwait(false);
        if (mix.Refused.Count > 0)
        {
            var reasons = mix
                .Refused.OrderByDescending(r => r.Value)
                .Select(r => Invariant($"{r.Key} {r.Value:N0} (first: {mix.FirstRefusal[r.Key]})"));
            await output
                .WriteLineAsync("refused by the executor or venue: " + string.Join(", ", reasons))
                .ConfigureAwait(false);
        }
        if (mix.Decisions.RejectedBy.Count > 0)
        {
            var reasons = mix
                .Decisions.RejectedBy.OrderByDescending(r => r.Value)
                .Select(r => Invariant($"{r.Key} {r.Value:N0}"));
            await output.WriteLineAsync("rejected by risk: " + string.Join(", ", reasons)).ConfigureAwait(false);
        }
        await output
            .WriteLineAsync(
                Invariant(
                    $"allocated {allocated / count:N0} B per candle; GCs while measured (with the unmeasured moves and fills): gen0 {gen0}, gen2 {gen2}"
                )
            )
            .ConfigureAwait(false);
        await output
            .WriteLineAsync(
                Invariant(
                    $"working memory per pair: {(heapWarm - heapBefore) / pairs / 1024.0:0.0} KB (GC heap after warm-up / pairs, execution history included); one pair's own state {pairState / 1024.0:0.0} KB (rolling state, agents, snapshot buffers)"
                )
            )
            .ConfigureAwait(false);
        return CliExitCodes.Ok;
    }

    /// <summary>One candle for every pair in turn; times each when <paramref name="ticks"/> is given. Returns bytes allocated while timed.</summary>
    private static long Round(PipelineBenchWorkload workload, long[]? ticks, int at, CancellationToken ct)
    {
        workload.NextHour();
        var allocated = 0L;
        for (var i = 0; i < workload.Pairs; i++)
        {
            workload.Arrive(i);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            workload.OnClosedCandle(i, ct);
            var elapsed = Stopwatch.GetTimestamp() - started;
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
            if (ticks is not null)
            {
                ticks[at + i] = elapsed;
            }
            workload.Settle(ct);
        }
        return allocated;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
