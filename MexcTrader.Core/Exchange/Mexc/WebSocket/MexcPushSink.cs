using System.Threading.Channels;
using Google.Protobuf;
using MexcTrader.Core.Exchange.Mexc.Protobuf;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>Decodes every push into its wrapper message and queues it (private streams, deals, depth, tickers).</summary>
public sealed class MexcPushSink : IMexcStreamSink
{
    private readonly Channel<PushDataV3ApiWrapper> _pushes = Channel.CreateUnbounded<PushDataV3ApiWrapper>(
        new UnboundedChannelOptions { SingleWriter = false }
    );

    public ChannelReader<PushDataV3ApiWrapper> Pushes => _pushes.Reader;

    public bool OnFrame(ReadOnlySpan<byte> frame)
    {
        try
        {
            var push = PushDataV3ApiWrapper.Parser.ParseFrom(frame);
            return push.BodyCase != PushDataV3ApiWrapper.BodyOneofCase.None && _pushes.Writer.TryWrite(push);
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }
    }

    public void OnConnecting(IReadOnlyList<string> channels) { }

    public Task OnSubscribedAsync(IReadOnlyList<string> channels, bool reconnected, CancellationToken ct) =>
        Task.CompletedTask;
}
