using BenchmarkDotNet.Attributes;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Web.Cli;

namespace MexcTrader.Benchmarks.Decisions;

/// <summary>
/// One decision cycle without the LLM (snapshot + rule engine + risk + formatter) for 50 pairs replaying the moves
/// of the real 1h candles in shared/data (the same workload as <c>bench decisions</c>). <see cref="Cycle"/> repeats
/// the cycle on a fixed market; <see cref="MoveThenCycle"/> minus <see cref="MoveOnly"/> is the cycle on a moving
/// market, where signals change and snapshot views are rebuilt. Percentiles come from the CLI verb.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class DecisionCycleBenchmarks
{
    private static readonly string[] Files =
    [
        "ADAUSDT-1h.csv",
        "BNBUSDT-1h.csv",
        "BTCUSDT-1h.csv",
        "DOGEUSDT-1h.csv",
        "ETHUSDT-1h.csv",
        "LINKUSDT-1h.csv",
        "SOLUSDT-1h.csv",
        "XRPUSDT-1h.csv",
    ];

    private DecisionBenchWorkload _workload = null!;

    [Params(50)]
    public int Pairs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = DecisionBenchWorkload.Create([.. Files.Select(Load)], Pairs);
        for (var i = 0; i < 2_000; i++)
        {
            _workload.Advance();
            _workload.RunCycle();
        }
    }

    [Benchmark]
    public int Cycle() => _workload.RunCycle().Records.Count;

    [Benchmark]
    public int MoveThenCycle()
    {
        _workload.Advance();
        return _workload.RunCycle().Records.Count;
    }

    [Benchmark]
    public void MoveOnly() => _workload.Advance();

    private static IReadOnlyList<Candle> Load(string file)
    {
        var read = CandleFileReader.Read(
            SharedFiles.Locate("data/binance-spot/" + file),
            new Symbol(file[..file.IndexOf('-', StringComparison.Ordinal)]),
            Interval.OneHour
        );
        return read.IsSuccess ? read.Value.Candles : throw new InvalidOperationException(read.Failure.ToString());
    }
}
