using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>
/// One WebSocket connection and its (at most 30) channels: connects, subscribes, pings, reads, and reconnects with
/// jittered exponential backoff until stopped; a planned rollover comes before the server's 24 h cut-off.
/// </summary>
internal sealed partial class MexcSocketSession(
    MexcWebSocketOptions options,
    Func<CancellationToken, Task<Uri>> endpoint,
    IMexcStreamSink sink,
    MexcStreamCounters counters,
    TimeProvider clock,
    ILogger logger
) : IDisposable
{
    private readonly List<string> _channels = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<uint, TaskCompletionSource<string>> _acks = new();
    private ClientWebSocket? _socket;
    private uint _nextId;
    private long _lastFrameTicks;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _channels.Count;
            }
        }
    }

    public bool Has(string channel)
    {
        lock (_gate)
        {
            return _channels.Contains(channel);
        }
    }

    /// <summary>Adds channels (the caller keeps the total at 30); sent at once when connected, else on connect.</summary>
    public async Task AddAsync(IReadOnlyList<string> channels, CancellationToken ct)
    {
        lock (_gate)
        {
            _channels.AddRange(channels.Where(c => !_channels.Contains(c)));
        }
        if (_socket is { State: WebSocketState.Open } socket)
        {
            // joining a live connection: same hold / subscribe / gap-fill sequence as a (re)connect
            sink.OnConnecting(channels);
            await SubscribeAsync(socket, "SUBSCRIPTION", channels, ct).ConfigureAwait(false);
            await sink.OnSubscribedAsync(channels, false, ct).ConfigureAwait(false);
        }
    }

    public async Task RemoveAsync(string channel, CancellationToken ct)
    {
        lock (_gate)
        {
            _channels.Remove(channel);
        }
        if (_socket is { State: WebSocketState.Open } socket)
        {
            await SubscribeAsync(socket, "UNSUBSCRIPTION", [channel], ct).ConfigureAwait(false);
        }
    }

    public void Dispose() => _sendLock.Dispose();

    /// <summary>Drops the current connection (tests, or a caller that knows it is stale); the loop reconnects.</summary>
    public void Abort() => _socket?.Abort();

    public async Task RunAsync(CancellationToken ct)
    {
        var failures = 0;
        var connectedBefore = false;
        while (!ct.IsCancellationRequested)
        {
            var subscribed = false;
            try
            {
                string[] channels;
                lock (_gate)
                {
                    channels = [.. _channels];
                }
                sink.OnConnecting(channels);
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(await endpoint(ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                _socket = socket;
                Touch();
                using var connection = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var reading = ReadAsync(socket, connection.Token);
                // a dead connection must not wait for a slow gap-fill to finish before it reconnects
                _ = reading.ContinueWith(
                    static (_, state) => CancelQuietly((CancellationTokenSource)state!),
                    connection,
                    CancellationToken.None,
                    TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default
                );
                await SubscribeAsync(socket, "SUBSCRIPTION", channels, connection.Token).ConfigureAwait(false);
                subscribed = true;
                failures = 0;
                await sink.OnSubscribedAsync(channels, connectedBefore, connection.Token).ConfigureAwait(false);
                connectedBefore = true;
                var planned = await KeepAliveAsync(socket, reading, connection.Token).ConfigureAwait(false);
                await connection.CancelAsync().ConfigureAwait(false);
                if (planned)
                {
                    counters.Rollover();
                    await CloseQuietlyAsync(socket).ConfigureAwait(false);
                    continue;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
                when (ex
                        is WebSocketException
                            or OperationCanceledException
                            or TimeoutException
                            or InvalidOperationException
                            or IOException
                            or HttpRequestException
                )
            {
                LogDropped(logger, ex.Message);
            }
            finally
            {
                _socket = null;
                FailPendingAcks();
            }
            if (ct.IsCancellationRequested)
            {
                break;
            }
            counters.Reconnect();
            connectedBefore |= subscribed;
            failures = subscribed ? 0 : failures + 1;
            await Task.Delay(Backoff(failures), clock, ct).ConfigureAwait(false);
        }
    }

    // equal jitter: half the exponential step fixed, half random, so many sessions do not reconnect in lockstep
    private TimeSpan Backoff(int failures)
    {
        var step = Math.Min(
            options.ReconnectDelayMax.TotalMilliseconds,
            options.ReconnectDelayMin.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 16))
        );
#pragma warning disable CA5394 // jitter, not security
        return TimeSpan.FromMilliseconds((step / 2) + (Random.Shared.NextDouble() * step / 2));
#pragma warning restore CA5394
    }

    /// <summary>Pings until the connection ends; true when it ended for the planned rollover.</summary>
    private async Task<bool> KeepAliveAsync(ClientWebSocket socket, Task reading, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + options.Rollover;
        using var timer = new PeriodicTimer(options.PingInterval, clock);
        var ticking = timer.WaitForNextTickAsync(ct).AsTask();
        while (true)
        {
            var done = await Task.WhenAny(reading, ticking).ConfigureAwait(false);
            if (done == reading)
            {
                await reading.ConfigureAwait(false); // rethrows the read failure
                return false;
            }
            if (!await ticking.ConfigureAwait(false))
            {
                return false;
            }
            if (clock.GetUtcNow() >= deadline)
            {
                return true;
            }
            if (
                clock.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastFrameTicks), TimeSpan.Zero)
                > options.SilenceTimeout
            )
            {
                throw new TimeoutException("No frame and no PONG within the silence timeout.");
            }
            await SendAsync(socket, ControlFrames.Ping, ct).ConfigureAwait(false);
            ticking = timer.WaitForNextTickAsync(ct).AsTask();
        }
    }

    private async Task SubscribeAsync(
        ClientWebSocket socket,
        string method,
        IReadOnlyList<string> channels,
        CancellationToken ct
    )
    {
        foreach (var batch in channels.Chunk(Math.Max(1, options.SubscribeBatch)))
        {
            var id = Interlocked.Increment(ref _nextId);
            var ack = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _acks[id] = ack;
            await SendAsync(socket, ControlFrames.Subscription(method, id, batch), ct).ConfigureAwait(false);
            var message = await ack.Task.WaitAsync(options.AckTimeout, clock, ct).ConfigureAwait(false);
            if (!string.Equals(message, string.Join(',', batch), StringComparison.Ordinal))
            {
                counters.Rejected();
                LogRejected(logger, method, message);
            }
        }
    }

    private async Task SendAsync(ClientWebSocket socket, byte[] frame, CancellationToken ct)
    {
        await _sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, true, ct).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReadAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (!ct.IsCancellationRequested)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.GetMemory(4096), ct).ConfigureAwait(false);
                buffer.Advance(result.Count);
            } while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The server closed the connection.");
            }
            Touch();
            Dispatch(result.MessageType, buffer.WrittenSpan);
        }
    }

    // a bad frame is counted and logged, never allowed to end the loop
    private void Dispatch(WebSocketMessageType type, ReadOnlySpan<byte> frame)
    {
        bool ok;
        try
        {
            ok = type == WebSocketMessageType.Binary ? sink.OnFrame(frame) : OnText(frame);
        }
#pragma warning disable CA1031 // a sink bug on one frame must not stop the stream
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogSinkFailed(logger, ex);
            ok = false;
        }
        if (!ok)
        {
            counters.Malformed();
            LogMalformed(logger, type, frame.Length);
        }
        else
        {
            counters.Frame();
        }
    }

    private bool OnText(ReadOnlySpan<byte> frame)
    {
        if (!ControlFrames.TryReadReply(frame, out var id, out _, out var message))
        {
            return false;
        }
        if (id != 0 && _acks.TryRemove(id, out var ack))
        {
            ack.TrySetResult(message);
        }
        return true;
    }

    private void Touch() => Interlocked.Exchange(ref _lastFrameTicks, clock.GetUtcNow().UtcTicks);

    private void FailPendingAcks()
    {
        foreach (var id in _acks.Keys)
        {
            if (_acks.TryRemove(id, out var ack))
            {
                ack.TrySetException(new WebSocketException("The connection dropped before the acknowledgement."));
            }
        }
    }

    private static void CancelQuietly(CancellationTokenSource connection)
    {
        try
        {
            connection.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the connection's scope already ended
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket
                .CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "rollover", timeout.Token)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // the new connection matters, not a clean goodbye on the old one
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MEXC WebSocket dropped: {Reason}; reconnecting")]
    private static partial void LogDropped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MEXC {Method} not acknowledged as asked: {Reply}")]
    private static partial void LogRejected(ILogger logger, string method, string reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed MEXC {Type} frame of {Length} bytes skipped")]
    private static partial void LogMalformed(ILogger logger, WebSocketMessageType type, int length);

    [LoggerMessage(Level = LogLevel.Error, Message = "MEXC stream sink failed on a frame")]
    private static partial void LogSinkFailed(ILogger logger, Exception ex);
}
