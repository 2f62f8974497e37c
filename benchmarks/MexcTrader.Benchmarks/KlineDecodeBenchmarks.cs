using System.Globalization;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Protobuf;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Benchmarks;

/// <summary>
/// Kline push frame → <see cref="Candle"/>: the span-based decoder against the generated protobuf types
/// (time per operation = per frame). Run: dotnet run -c Release --project benchmarks/MexcTrader.Benchmarks -- --filter '*KlineDecode*' --job short
/// </summary>
[MemoryDiagnoser]
public class KlineDecodeBenchmarks
{
    private const int Frames = 1_024;
    private readonly KlineFrameDecoder _decoder = new();
    private byte[][] _frames = [];

    [GlobalSetup]
    public void Setup()
    {
        var symbol = new Symbol("BTCUSDT");
        _decoder.Add(new Symbol("ETHUSDT"));
        _decoder.Add(symbol);
        var random = new Random(7);
        _frames = new byte[Frames][];
        for (var i = 0; i < Frames; i++)
        {
            var price = 117_000m + Math.Round((decimal)random.NextDouble() * 500m, 2);
            string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
            _frames[i] = new PushDataV3ApiWrapper
            {
                Channel = MexcChannels.Kline(symbol, Interval.OneMinute),
                Symbol = symbol.Value,
                SymbolId = "2fb942154ef44a4ab2ef98c8afb6a4a7",
                CreateTime = 1754737941062 + i,
                PublicSpotKline = new PublicSpotKlineV3Api
                {
                    Interval = "Min1",
                    WindowStart = 1754737920 + (60 * i),
                    OpeningPrice = Text(price),
                    ClosingPrice = Text(price + 7.95m),
                    HighestPrice = Text(price + 23.69m),
                    LowestPrice = Text(price - 0.01m),
                    Volume = "3.12599854",
                    Amount = "366804.43",
                    WindowEnd = 1754737980 + (60 * i),
                },
            }.ToByteArray();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Frames)]
    public decimal SpanDecoder()
    {
        var sum = 0m;
        foreach (var frame in _frames)
        {
            _decoder.TryDecode(frame, out var candle);
            sum += candle!.Close;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public decimal GeneratedMessages()
    {
        var sum = 0m;
        foreach (var frame in _frames)
        {
            var push = PushDataV3ApiWrapper.Parser.ParseFrom(frame);
            sum += decimal.Parse(push.PublicSpotKline.ClosingPrice, CultureInfo.InvariantCulture);
        }
        return sum;
    }
}
