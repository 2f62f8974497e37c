using BenchmarkDotNet.Attributes;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Web.Cli;

namespace MexcTrader.Benchmarks.Pipeline;

/// <summary>
/// Closed candle in → order request out (rule engine, 50 pairs, no network) on the workload of <c>bench pipeline</c>:
/// <see cref="ClosedCandle"/> is one round of every pair's candle (time and memory per candle), including the parts the
/// CLI verb leaves out of its timing (the candle's trade on the simulated exchange, fills booked), so it reads a little
/// above the verb's mean. Percentiles come from the CLI verb.
/// <c>dotnet run -c Release --project benchmarks/MexcTrader.Benchmarks -- --filter '*PipelineBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PipelineBenchmarks : IDisposable
{
    private const int Pairs = 50;
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

    private PipelineBenchWorkload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = PipelineBenchWorkload.Create([.. Files.Select(Load)], Pairs);
        for (var i = 0; i < 200; i++)
        {
            ClosedCandle();
        }
    }

    public void Dispose()
    {
        _workload?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int ClosedCandle()
    {
        _workload.NextHour();
        var sent = 0;
        for (var i = 0; i < _workload.Pairs; i++)
        {
            _workload.Arrive(i);
            sent += _workload.OnClosedCandle(i, CancellationToken.None);
            _workload.Settle(CancellationToken.None);
        }
        return sent;
    }

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
