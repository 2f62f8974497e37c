using System.Globalization;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;

namespace MexcTrader.Benchmarks;

/// <summary>
/// The technical-analysis agent over all 130,707 real BTCUSDT 1m candles: pair-state update, every streaming
/// indicator, events, score and the signals it emits (time per operation = per candle; target ≥ 2M candles/s).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TechnicalAgentBenchmarks
{
    private const int Candles = 130_707;
    private Bar[] _bars = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bars = Load();
        if (_bars.Length != Candles)
        {
            throw new InvalidOperationException($"Expected {Candles} candles, read {_bars.Length}.");
        }
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public int TechnicalAgent()
    {
        var state = new PairState(new Symbol("BTCUSDT"), Interval.OneMinute);
        var agent = new TechnicalAnalysisAgent(state, new TechnicalParameters());
        var signals = 0;
        foreach (var bar in _bars)
        {
            state.Add(in bar);
            if (agent.Evaluate(state) is not null)
            {
                signals++;
            }
        }
        return signals;
    }

    private static Bar[] Load()
    {
        const string relative = "shared/data/binance-spot/BTCUSDT-1m.csv.gz";
        var configured = Environment.GetEnvironmentVariable("MEXCTRADER_SHARED");
        var path = !string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(configured, "data/binance-spot/BTCUSDT-1m.csv.gz")
            : new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
                .SelectMany(Ancestors)
                .Select(d => Path.Combine(d, relative))
                .FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"{relative} not found; set MEXCTRADER_SHARED.");
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        reader.ReadLine();
        var bars = new List<Bar>(Candles);
        while (reader.ReadLine() is { } line)
        {
            var c = line.Split(',');
            bars.Add(
                new Bar(
                    DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(c[0], CultureInfo.InvariantCulture)),
                    double.Parse(c[1], CultureInfo.InvariantCulture),
                    double.Parse(c[2], CultureInfo.InvariantCulture),
                    double.Parse(c[3], CultureInfo.InvariantCulture),
                    double.Parse(c[4], CultureInfo.InvariantCulture),
                    double.Parse(c[5], CultureInfo.InvariantCulture)
                )
            );
        }
        return [.. bars];
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
