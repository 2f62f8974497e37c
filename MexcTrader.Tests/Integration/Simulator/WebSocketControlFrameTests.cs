using System.Net.WebSockets;
using System.Text;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.WebSocket;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Tests.Integration.Simulator;

/// <summary>The simulator's /ws speaks MEXC's JSON control frames, as a raw socket sees them.</summary>
public sealed class WebSocketControlFrameTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    private static async Task<string> Ask(ClientWebSocket socket, string json)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, default);
        var buffer = new byte[8192];
        while (true)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Text)
            {
                return Encoding.UTF8.GetString(buffer, 0, result.Count);
            }
        }
    }

    [Fact]
    public async Task Ws_PingSubscribeAndLimit_AnswerAsMexcDoes()
    {
        await using var h = await WebSocketHarness.StartAsync(
            WebSocketHarness.Minutes(Btc, 30),
            new ReplayOptions(Speed: 1, WarmupCandles: 5)
        );
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(h.WebSocketUrl, default);
        var thirty = Intervals.All.Select(i => MexcChannels.Kline(Btc, i)).ToList();
        thirty.AddRange(
            Enumerable.Range(1, 30 - thirty.Count).Select(i => MexcChannels.LimitDepth(new Symbol($"X{i:00}USDT"), 5))
        );

        var pong = await Ask(socket, """{"method":"PING"}""");
        var ack = await Ask(
            socket,
            $$"""{"method":"SUBSCRIPTION","params":[{{string.Join(',', thirty.Select(c => $"\"{c}\""))}}],"id":7}"""
        );
        var refused = await Ask(
            socket,
            $$"""{"method":"SUBSCRIPTION","params":["{{MexcChannels.AggreDeals(Btc)}}"],"id":8}"""
        );
        var garbage = await Ask(socket, "not json");

        Assert.Equal("""{"id":0,"code":0,"msg":"PONG"}""", pong);
        Assert.Equal($$"""{"id":7,"code":0,"msg":"{{string.Join(',', thirty)}}"}""", ack);
        Assert.Contains("Not Subscribed successfully!", refused, StringComparison.Ordinal);
        Assert.Contains("\"id\":8", refused, StringComparison.Ordinal);
        Assert.Contains("\"code\":1", garbage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ws_UnknownListenKey_IsRefused()
    {
        await using var h = await WebSocketHarness.StartAsync(
            WebSocketHarness.Minutes(Btc, 30),
            new ReplayOptions(Speed: 1)
        );
        using var socket = new ClientWebSocket();

        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new Uri(h.WebSocketUrl + "?listenKey=nope"), default)
        );
        Assert.Equal(0, h.Sim.WebSockets.Connections);
    }
}
