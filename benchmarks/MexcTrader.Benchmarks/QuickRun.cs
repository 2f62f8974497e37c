using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace MexcTrader.Benchmarks;

/// <summary>
/// <c>-- --quick</c>: times the same benchmark methods with a stopwatch and reports the best of many runs. On a
/// machine shared with other work the best run is the least disturbed one, which BenchmarkDotNet's mean is not.
/// </summary>
public static class QuickRun
{
    public static void Run(int rounds = 40)
    {
        Report(new BatchBenchmarks(), b => b.Setup(), rounds, perRun: 1_000_000, unit: "M values/s");
        Report(new StreamingUpdateBenchmarks(), b => b.Setup(), rounds * 20, perRun: 4_096, unit: "ns/update");
    }

    private static void Report<T>(T target, Action<T> setup, int rounds, int perRun, string unit)
    {
        setup(target);
        var methods = typeof(T)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);
        foreach (var method in methods)
        {
            var run = (Action)(() => method.Invoke(target, null));
            run();
            var best = double.MaxValue;
            for (var r = 0; r < rounds; r++)
            {
                var watch = Stopwatch.StartNew();
                run();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }
            var figure = unit == "ns/update" ? best * 1e6 / perRun : perRun / best / 1e3;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{typeof(T).Name}.{method.Name}: {figure:F2} {unit} (best {best:F3} ms of {rounds})"
                )
            );
        }
    }
}
