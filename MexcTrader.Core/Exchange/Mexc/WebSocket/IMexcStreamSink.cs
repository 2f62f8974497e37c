namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>Where a <see cref="MexcWebSocketClient"/> hands its pushes and its connection events.</summary>
public interface IMexcStreamSink
{
    /// <summary>One binary push frame; false when it cannot be decoded (it is counted as malformed).</summary>
    bool OnFrame(ReadOnlySpan<byte> frame);

    /// <summary>A connection to these channels is opening (before any of its pushes).</summary>
    void OnConnecting(IReadOnlyList<string> channels);

    /// <summary>A connection is up and these channels are subscribed again; pushes that follow are new.</summary>
    Task OnSubscribedAsync(IReadOnlyList<string> channels, bool reconnected, CancellationToken ct);
}
