using System.Globalization;
using Google.Protobuf;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Protobuf;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Tests.Core.Exchange.Mexc.WebSocket;

/// <summary>Kline sequencing with a scripted REST history: order, no gap, no duplicate, no partial bar.</summary>
public sealed class MexcMarketStreamTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly DateTimeOffset T0 = new(2025, 5, 20, 0, 0, 0, TimeSpan.Zero);

    private sealed class FakeHistory(Func<IReadOnlyList<Candle>> serve) : IKlineHistory
    {
        public int Calls { get; private set; }

        public Task<Result<IReadOnlyList<Candle>>> GetKlinesAsync(
            Symbol symbol,
            Interval interval,
            DateTimeOffset fromTime,
            DateTimeOffset toTime,
            CancellationToken ct
        )
        {
            Calls++;
            return Task.FromResult(Result.Ok<IReadOnlyList<Candle>>([.. serve().Where(c => c.OpenTime >= fromTime)]));
        }
    }

    private static Candle Bar(int minute, decimal volume) =>
        new(
            Btc,
            Interval.OneMinute,
            T0.AddMinutes(minute),
            100 + minute,
            110 + minute,
            90 + minute,
            105 + minute,
            volume,
            0
        );

    private static byte[] Frame(Candle c) =>
        new PushDataV3ApiWrapper
        {
            Channel = MexcChannels.Kline(c.Symbol, c.Interval),
            Symbol = c.Symbol.Value,
            PublicSpotKline = new PublicSpotKlineV3Api
            {
                Interval = "Min1",
                WindowStart = c.OpenTime.ToUnixTimeSeconds(),
                OpeningPrice = c.Open.ToString(CultureInfo.InvariantCulture),
                ClosingPrice = c.Close.ToString(CultureInfo.InvariantCulture),
                HighestPrice = c.High.ToString(CultureInfo.InvariantCulture),
                LowestPrice = c.Low.ToString(CultureInfo.InvariantCulture),
                Volume = c.Volume.ToString(CultureInfo.InvariantCulture),
                Amount = "0",
            },
        }.ToByteArray();

    private static List<Candle> Drain(MexcMarketStream stream)
    {
        var list = new List<Candle>();
        while (stream.ClosedCandles.TryRead(out var c))
        {
            list.Add(c);
        }
        return list;
    }

    [Fact]
    public async Task OnSubscribedAsync_AfterAGap_FillsFromRestThenContinuesWithoutDuplicates()
    {
        var rest = new List<Candle> { Bar(0, 10), Bar(1, 10), Bar(2, 10), Bar(3, 4) };
        var history = new FakeHistory(() => rest);
        var stream = new MexcMarketStream(history, TimeProvider.System);
        var channel = stream.TrackKlines(Btc, Interval.OneMinute, since: T0);

        stream.OnConnecting([channel]);
        Assert.True(stream.OnFrame(Frame(Bar(3, 5)))); // held until the gap-fill ran
        await stream.OnSubscribedAsync([channel], reconnected: false, default);
        stream.OnFrame(Frame(Bar(3, 10)));
        stream.OnFrame(Frame(Bar(2, 10))); // late duplicate
        stream.OnFrame(Frame(Bar(4, 1)));

        Assert.Equal([0, 1, 2, 3], Drain(stream).Select(c => (int)(c.OpenTime - T0).TotalMinutes));
        Assert.Equal(T0.AddMinutes(4), stream.OpenCandle(Btc, Interval.OneMinute)?.OpenTime);
        Assert.Equal(1, history.Calls);
    }

    [Fact]
    public async Task Reconnect_StaleOpenBarBeforeTheDrop_IsReplacedByTheFinalRestBar()
    {
        var rest = new List<Candle>();
        var stream = new MexcMarketStream(new FakeHistory(() => rest), TimeProvider.System);
        var channel = stream.TrackKlines(Btc, Interval.OneMinute);
        stream.OnConnecting([channel]);
        await stream.OnSubscribedAsync([channel], reconnected: false, default);
        stream.OnFrame(Frame(Bar(0, 10)));
        stream.OnFrame(Frame(Bar(1, 3))); // bar 1 at 3 of its final 8 when the connection drops
        rest = [Bar(0, 10), Bar(1, 8), Bar(2, 8), Bar(3, 1)];

        stream.OnConnecting([channel]);
        stream.OnFrame(Frame(Bar(3, 2)));
        await stream.OnSubscribedAsync([channel], reconnected: true, default);
        stream.OnFrame(Frame(Bar(4, 1)));

        var closed = Drain(stream);
        Assert.Equal([0, 1, 2, 3], closed.Select(c => (int)(c.OpenTime - T0).TotalMinutes));
        Assert.Equal([10m, 8m, 8m, 2m], closed.Select(c => c.Volume));
        Assert.All(closed, c => Assert.True(c.IsClosed));
    }

    [Fact]
    public async Task OnFrame_BarSkippedWhileConnected_HoldsAndFillsFromRestAtOnce()
    {
        var rest = new List<Candle>();
        var history = new FakeHistory(() => rest);
        var stream = new MexcMarketStream(history, TimeProvider.System);
        var channel = stream.TrackKlines(Btc, Interval.OneMinute);
        stream.OnConnecting([channel]);
        await stream.OnSubscribedAsync([channel], reconnected: false, default);
        stream.OnFrame(Frame(Bar(0, 10)));
        stream.OnFrame(Frame(Bar(1, 3))); // bar 1's last pushes and all of bar 2 never arrive
        rest = [Bar(0, 10), Bar(1, 8), Bar(2, 8), Bar(3, 1)];

        stream.OnFrame(Frame(Bar(3, 2)));
        stream.OnFrame(Frame(Bar(3, 4))); // held while the fill runs
        var closed = new List<Candle>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (closed.Count < 3)
        {
            closed.Add(await stream.ClosedCandles.ReadAsync(timeout.Token));
        }
        stream.OnFrame(Frame(Bar(4, 1)));
        closed.AddRange(Drain(stream));

        Assert.Equal([0, 1, 2, 3], closed.Select(c => (int)(c.OpenTime - T0).TotalMinutes));
        Assert.Equal([10m, 8m, 8m, 4m], closed.Select(c => c.Volume));
        Assert.Equal(1, stream.LiveGapsFilled);
        Assert.Equal(1, history.Calls); // the gap's (the connect had nothing to fill: no start asked for)
    }

    [Fact]
    public void OnFrame_NextBarInOrder_NoFill()
    {
        var history = new FakeHistory(() => []);
        var stream = new MexcMarketStream(history, TimeProvider.System);
        stream.TrackKlines(Btc, Interval.OneMinute);

        stream.OnFrame(Frame(Bar(0, 10)));
        stream.OnFrame(Frame(Bar(1, 3)));
        stream.OnFrame(Frame(Bar(2, 3)));

        Assert.Equal([0, 1], Drain(stream).Select(c => (int)(c.OpenTime - T0).TotalMinutes));
        Assert.Equal(0, stream.LiveGapsFilled);
        Assert.Equal(0, history.Calls);
    }

    [Fact]
    public void OnFrame_GarbageOrBrokenKline_ReturnsFalse()
    {
        var stream = new MexcMarketStream(new FakeHistory(() => []), TimeProvider.System);
        stream.TrackKlines(Btc, Interval.OneMinute);
        var broken = new PushDataV3ApiWrapper
        {
            Channel = MexcChannels.Kline(Btc, Interval.OneMinute),
            Symbol = "BTCUSDT",
            PublicSpotKline = new PublicSpotKlineV3Api { Interval = "Min1", OpeningPrice = "1.2.3" },
        }.ToByteArray();

        Assert.False(stream.OnFrame([0xFF, 0xFF, 0xFF]));
        Assert.False(stream.OnFrame(broken));
        Assert.Empty(Drain(stream));
    }

    [Theory]
    [InlineData("117317.31")]
    [InlineData("0")]
    [InlineData("0.00000000")]
    [InlineData("-4.4022")]
    [InlineData("0.006016465074677006")]
    [InlineData("12345678901234567890.5")]
    [InlineData("1E-5")]
    public void TryDecode_NumberForms_MatchDecimalParse(string text)
    {
        var candle = Bar(0, 1) with { Close = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) };
        var frame = new PushDataV3ApiWrapper
        {
            Symbol = "BTCUSDT",
            PublicSpotKline = new PublicSpotKlineV3Api
            {
                Interval = "Min1",
                WindowStart = 1,
                OpeningPrice = "1",
                ClosingPrice = text,
                HighestPrice = "1",
                LowestPrice = "1",
                Volume = "1",
                Amount = "1",
            },
        }.ToByteArray();
        var decoder = new KlineFrameDecoder();
        decoder.Add(Btc);

        Assert.True(decoder.TryDecode(frame, out var decoded));
        Assert.Equal(candle.Close, decoded!.Close);
    }
}
