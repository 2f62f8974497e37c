using BenchmarkDotNet.Attributes;
using MexcTrader.Core.Indicators;

namespace MexcTrader.Benchmarks;

/// <summary>Batch over 1,000,000 real closes (tiled BTCUSDT 1m); values/s = 1e6 / mean time.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class BatchBenchmarks
{
    private const int Length = 1_000_000;
    private MarketSeries _series = null!;
    private double[] _a = null!;
    private double[] _b = null!;
    private double[] _c = null!;

    [GlobalSetup]
    public void Setup()
    {
        _series = MarketSeries.Load(Length);
        _a = new double[Length];
        _b = new double[Length];
        _c = new double[Length];
    }

    [Benchmark]
    public void Sma() => Core.Indicators.Sma.Batch(_series.Close, _a, 30);

    [Benchmark]
    public void Ema() => Core.Indicators.Ema.Batch(_series.Close, _a, 30);

    [Benchmark]
    public void Rsi() => Core.Indicators.Rsi.Batch(_series.Close, _a, 14);

    [Benchmark]
    public void Macd() => Core.Indicators.Macd.Batch(_series.Close, _a, _b, _c);

    [Benchmark]
    public void Bbands() => BollingerBands.Batch(_series.Close, _a, _b, _c);

    [Benchmark]
    public void Atr() => Core.Indicators.Atr.Batch(_series.High, _series.Low, _series.Close, _a, 14);

    [Benchmark]
    public void Adx() => Core.Indicators.Adx.Batch(_series.High, _series.Low, _series.Close, _a, 14);
}
