using System.Text.Json;
using Google.Protobuf;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Protobuf;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Exchange.Mexc.WebSocket;

/// <summary>Every decoded frame in shared/docs/mexc-samples goes to the wire and back through our .proto types.</summary>
public sealed class ProtobufSampleTests
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    private static string Sample(string name)
    {
        using var doc = JsonDocument.Parse(
            File.ReadAllText(SharedData.File("docs/mexc-samples/ws_protobuf_decoded_frames.json"))
        );
        return doc.RootElement.GetProperty(name).GetRawText();
    }

    // through the binary wire form, so field numbers (not only names) are checked against the samples
    private static T RoundTrip<T>(string json, MessageParser<T> parser)
        where T : IMessage<T>, new() => parser.ParseFrom(Parser.Parse<T>(json).ToByteArray());

    [Fact]
    public void KlineSample_DecodesEveryField()
    {
        var push = RoundTrip(Sample("publicSpotKline_BTCUSDT_Min1_2025-08"), PushDataV3ApiWrapper.Parser);

        Assert.Equal("spot@public.kline.v3.api.pb@BTCUSDT@Min1", push.Channel);
        Assert.Equal("BTCUSDT", push.Symbol);
        Assert.Equal(1754737941062, push.CreateTime);
        Assert.Equal(PushDataV3ApiWrapper.BodyOneofCase.PublicSpotKline, push.BodyCase);
        var k = push.PublicSpotKline;
        Assert.Equal(
            (
                "Min1",
                1754737920L,
                "117317.31",
                "117325.26",
                "117341",
                "117317.3",
                "3.12599854",
                "366804.43",
                1754737980L
            ),
            (
                k.Interval,
                k.WindowStart,
                k.OpeningPrice,
                k.ClosingPrice,
                k.HighestPrice,
                k.LowestPrice,
                k.Volume,
                k.Amount,
                k.WindowEnd
            )
        );
    }

    [Fact]
    public void TryDecode_KlineSampleFrame_GivesTheOpenCandle()
    {
        var frame = Parser.Parse<PushDataV3ApiWrapper>(Sample("publicSpotKline_BTCUSDT_Min1_2025-08")).ToByteArray();
        var decoder = new KlineFrameDecoder();
        decoder.Add(new Symbol("BTCUSDT"));

        Assert.True(decoder.TryDecode(frame, out var candle));

        Assert.NotNull(candle);
        Assert.Equal(new Symbol("BTCUSDT"), candle.Symbol);
        Assert.Equal(Interval.OneMinute, candle.Interval);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1754737920), candle.OpenTime);
        Assert.Equal(
            (117317.31m, 117341m, 117317.3m, 117325.26m, 3.12599854m, 366804.43m),
            (candle.Open, candle.High, candle.Low, candle.Close, candle.Volume, candle.QuoteVolume)
        );
        Assert.False(candle.IsClosed);
    }

    [Fact]
    public void TryDecode_TruncatedOrForeignFrames_ReturnsFalse()
    {
        var frame = Parser.Parse<PushDataV3ApiWrapper>(Sample("publicSpotKline_BTCUSDT_Min1_2025-08")).ToByteArray();
        var decoder = new KlineFrameDecoder();
        decoder.Add(new Symbol("BTCUSDT"));
        var depth = Parser.Parse<PushDataV3ApiWrapper>(Sample("publicAggreDepths_BTCUSDT_100ms_2025-08")).ToByteArray();

        for (var length = 0; length < frame.Length; length++)
        {
            Assert.False(
                decoder.TryDecode(frame.AsSpan(0, length), out _),
                $"accepted {length} of {frame.Length} bytes"
            );
        }
        Assert.False(decoder.TryDecode(depth, out _));
        Assert.False(new KlineFrameDecoder().TryDecode(frame, out _)); // symbol never subscribed
        Assert.False(decoder.TryDecode("{\"id\":0,\"code\":0,\"msg\":\"PONG\"}"u8, out _));
    }

    [Fact]
    public void AggreDepthSample_DecodesLevelsAndVersions()
    {
        var push = RoundTrip(Sample("publicAggreDepths_BTCUSDT_100ms_2025-08"), PushDataV3ApiWrapper.Parser);

        Assert.Equal(1754741322152, push.SendTime);
        var d = push.PublicAggreDepths;
        Assert.Equal(("117145.49", "0"), (d.Asks.Single().Price, d.Asks.Single().Quantity));
        Assert.Equal(("117053.41", "1.86837271"), (d.Bids.Single().Price, d.Bids.Single().Quantity));
        Assert.Equal("spot@public.aggre.depth.v3.api.pb@100ms", d.EventType);
        Assert.Equal(("43296363236", "43296363255"), (d.FromVersion, d.ToVersion));
    }

    [Fact]
    public void PrivateOrdersSample_DecodesMarketBuyFilled()
    {
        var o = RoundTrip(Sample("privateOrders_body_market_buy_filled_2025-08"), PrivateOrdersV3Api.Parser);

        Assert.Equal("C02__583905164440776704043", o.Id);
        Assert.Equal(("0.001053", "2000", "0", "0.001007"), (o.Price, o.Quantity, o.Amount, o.AvgPrice));
        Assert.Equal((5, 1, 2), (o.OrderType, o.TradeType, o.Status));
        Assert.Equal(("0.092", "0", "2000"), (o.RemainAmount, o.RemainQuantity, o.LastDealQuantity));
        Assert.True(o.HasLastDealQuantity);
        Assert.Equal(("2000", "2.014"), (o.CumulativeQuantity, o.CumulativeAmount));
        Assert.Equal(1754996075502, o.CreateTime);
    }

    [Fact]
    public void PrivateAccountSample_DecodesBalanceChange()
    {
        var push = RoundTrip(Sample("privateAccount_ENTRUST_PLACE_2025-09"), PushDataV3ApiWrapper.Parser);

        Assert.False(push.HasSymbol);
        Assert.Equal((1758134605364L, 1758134605373L), (push.CreateTime, push.SendTime));
        var a = push.PrivateAccount;
        Assert.Equal(("USDT", "128f589271cb4951b03e71e6323eb7be"), (a.VcoinName, a.CoinId));
        Assert.Equal(("0.006016465074677006", "-4.4022"), (a.BalanceAmount, a.BalanceAmountChange));
        Assert.Equal(("4.4022", "4.4022"), (a.FrozenAmount, a.FrozenAmountChange));
        Assert.Equal(("ENTRUST_PLACE", 1758134605364L), (a.Type, a.Time));
    }

    [Fact]
    public void PrivateDealsSample_DecodesFill()
    {
        var push = RoundTrip(Sample("privateDeals_docs_example_2025-01"), PushDataV3ApiWrapper.Parser);

        Assert.Equal(
            ("spot@private.deals.v3.api.pb", "MXUSDT", 1736417034332L),
            (push.Channel, push.Symbol, push.SendTime)
        );
        var d = push.PrivateDeals;
        Assert.Equal(("3.6962", "1", "3.6962", 2), (d.Price, d.Quantity, d.Amount, d.TradeType));
        Assert.False(d.IsMaker);
        Assert.Equal(("505979017439002624X1", "C02__505979017439002624115"), (d.TradeId, d.OrderId));
        Assert.Equal(("0.0003998377369698171", "MX", 1736417034280L), (d.FeeAmount, d.FeeCurrency, d.Time));
    }
}
