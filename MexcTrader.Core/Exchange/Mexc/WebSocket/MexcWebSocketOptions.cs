namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>Timing and address of the MEXC WebSocket; defaults follow mexc-api.md §9.1.</summary>
public sealed record MexcWebSocketOptions
{
    public Uri Endpoint { get; init; } = new("wss://wbs-api.mexc.com/ws");

    /// <summary>The server drops a connection that is silent for 60 s; 20 s leaves room for a lost ping.</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>No frame at all for this long (a ping was sent meanwhile) means the connection is dead.</summary>
    public TimeSpan SilenceTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>How long to wait for a subscription acknowledgement.</summary>
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ReconnectDelayMin { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReconnectDelayMax { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reconnect by plan before the server's 24 h cut-off.</summary>
    public TimeSpan Rollover { get; init; } = TimeSpan.FromHours(23);

    /// <summary>Channels per SUBSCRIPTION frame; small batches keep frames far below the 1 KB some clients cap at.</summary>
    public int SubscribeBatch { get; init; } = 10;
}
