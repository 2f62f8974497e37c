using Microsoft.Extensions.Logging;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>
/// The listen key behind the private channels: created on first connect, kept alive every 30 minutes (it lapses
/// after 60), and created afresh when a keep-alive fails or a reconnect finds it gone.
/// </summary>
public sealed partial class MexcListenKeySession(
    MexcRestClient rest,
    Uri webSocketEndpoint,
    TimeProvider clock,
    ILogger<MexcListenKeySession> logger
) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _listenKey;

    public void Dispose() => _gate.Dispose();

    public static TimeSpan KeepAliveInterval { get; } = TimeSpan.FromMinutes(30);

    public string? ListenKey => Volatile.Read(ref _listenKey);

    /// <summary>The address to connect to: the endpoint with a valid listen key (use as the client's endpoint factory).</summary>
    public async Task<Uri> EndpointAsync(CancellationToken ct)
    {
        var key = await KeyAsync(ct).ConfigureAwait(false);
        return new Uri($"{webSocketEndpoint.ToString().TrimEnd('?')}?listenKey={Uri.EscapeDataString(key)}");
    }

    /// <summary>Keeps the key alive until cancelled; a failed keep-alive drops the key so the next connect makes a new one.</summary>
    public async Task RunKeepAliveAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(KeepAliveInterval, clock);
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
        {
            await RenewAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>One keep-alive now; false (and the key forgotten) when the exchange refused it.</summary>
    public async Task<bool> RenewAsync(CancellationToken ct)
    {
        if (ListenKey is not { } key)
        {
            return false;
        }
        var result = await rest.KeepAliveListenKeyAsync(key, ct).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            return true;
        }
        LogExpired(logger, result.Failure.Message);
        Interlocked.CompareExchange(ref _listenKey, null, key);
        return false;
    }

    private async Task<string> KeyAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // a reconnect may come long after the last keep-alive: confirm the key before using it
            if (_listenKey is { } key && (await rest.KeepAliveListenKeyAsync(key, ct).ConfigureAwait(false)).IsSuccess)
            {
                return key;
            }
            var created = await rest.CreateListenKeyAsync(ct).ConfigureAwait(false);
            if (!created.IsSuccess)
            {
                throw new InvalidOperationException($"No listen key: {created.Failure.Message}");
            }
            _listenKey = created.Value;
            return created.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "MEXC listen key keep-alive refused ({Reason}); a new key will be made"
    )]
    private static partial void LogExpired(ILogger logger, string reason);
}
