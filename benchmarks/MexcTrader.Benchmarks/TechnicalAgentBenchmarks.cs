using BenchmarkDotNet.Attributes;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Import;
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

    // The product's reader and the product's decimal → double conversion, as the live pipeline feeds the agent.
    private static Bar[] Load()
    {
        var read = CandleFileReader.Read(
            SharedFiles.Locate("data/binance-spot/BTCUSDT-1m.csv.gz"),
            new Symbol("BTCUSDT"),
            Interval.OneMinute
        );
        return read.IsSuccess
            ? [.. read.Value.Candles.Select(Bar.From)]
            : throw new InvalidOperationException(read.Failure.ToString());
    }
}
