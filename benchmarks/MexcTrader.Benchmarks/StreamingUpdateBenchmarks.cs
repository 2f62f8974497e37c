using BenchmarkDotNet.Attributes;
using MexcTrader.Core.Indicators;

namespace MexcTrader.Benchmarks;

/// <summary>Cost of one streaming update on warmed-up indicators (time per operation = per candle).</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class StreamingUpdateBenchmarks
{
    private const int Candles = 4_096;
    private MarketSeries _series = null!;
    private Ema _ema = null!;
    private Rsi _rsi = null!;
    private Macd _macd = null!;
    private BollingerBands _bands = null!;
    private Atr _atr = null!;
    private Adx _adx = null!;

    [GlobalSetup]
    public void Setup()
    {
        _series = MarketSeries.Load(Candles);
        _ema = new Ema(20);
        _rsi = new Rsi(14);
        _macd = new Macd();
        _bands = new BollingerBands();
        _atr = new Atr(14);
        _adx = new Adx(14);
        Ema();
        Rsi();
        Macd();
        Bollinger();
        Atr();
        Adx();
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public double Ema()
    {
        var sut = _ema;
        var close = _series.Close;
        var sum = 0.0;
        for (var i = 0; i < close.Length; i++)
        {
            sum += sut.Update(close[i]);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public double Rsi()
    {
        var sut = _rsi;
        var close = _series.Close;
        var sum = 0.0;
        for (var i = 0; i < close.Length; i++)
        {
            sum += sut.Update(close[i]);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public double Macd()
    {
        var sut = _macd;
        var close = _series.Close;
        var sum = 0.0;
        for (var i = 0; i < close.Length; i++)
        {
            sut.Update(close[i]);
            sum += sut.Histogram;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public double Bollinger()
    {
        var sut = _bands;
        var close = _series.Close;
        var sum = 0.0;
        for (var i = 0; i < close.Length; i++)
        {
            sut.Update(close[i]);
            sum += sut.Upper;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public double Atr()
    {
        var sut = _atr;
        var (high, low, close) = (_series.High, _series.Low, _series.Close);
        var sum = 0.0;
        for (var i = 0; i < close.Length; i++)
        {
            sum += sut.Update(high[i], low[i], close[i]);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Candles)]
    public double Adx()
    {
        var sut = _adx;
        var (high, low, close) = (_series.High, _series.Low, _series.Close);
        var sum = 0.0;
        for (var i = 0; i < close.Length; i++)
        {
            sum += sut.Update(high[i], low[i], close[i]);
        }
        return sum;
    }
}
