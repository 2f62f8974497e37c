using System.Net.WebSockets;
using System.Threading.Channels;
using MexcTrader.Core.Exchange.Mexc.WebSocket;

namespace MexcTrader.Web.Simulator.WebSocket;

/// <summary>One client connection of the simulator's /ws: its subscriptions and its outgoing queue.</summary>
internal sealed class SimulatorSocket(System.Net.WebSockets.WebSocket socket, bool isPrivate)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _channels = new(StringComparer.Ordinal);
    private readonly Channel<(byte[] Frame, bool Binary)> _outgoing = Channel.CreateUnbounded<(byte[], bool)>(
        new UnboundedChannelOptions { SingleReader = true }
    );

    private int _aborted;
    private int _queued;
    private int _silent;
    private TaskCompletionSource? _drained;

    /// <summary>Frames queued beyond which an unpaced replay waits for this connection to catch up.</summary>
    internal const int HighWater = 512;

    private const int LowWater = HighWater / 4;

    public bool IsPrivate => isPrivate;

    public int ChannelCount
    {
        get
        {
            lock (_gate)
            {
                return _channels.Count;
            }
        }
    }

    public bool Wants(string channel)
    {
        lock (_gate)
        {
            return _channels.Contains(channel);
        }
    }

    /// <summary>A silent connection stays open but sends nothing more: no pushes, no PONG, no acknowledgement.</summary>
    public bool IsSilent => Volatile.Read(ref _silent) != 0;

    public void Silence() => Interlocked.Exchange(ref _silent, 1);

    public void Push(byte[] frame, bool binary = true)
    {
        if (!IsSilent && _outgoing.Writer.TryWrite((frame, binary)))
        {
            Interlocked.Increment(ref _queued);
        }
    }

    public bool IsAborted => Volatile.Read(ref _aborted) != 0;

    /// <summary>Drops the connection; false when it was already dropped.</summary>
    public bool Abort()
    {
        if (Interlocked.Exchange(ref _aborted, 1) != 0)
        {
            return false;
        }
        _outgoing.Writer.TryComplete();
        socket.Abort();
        ReleaseWaiters();
        return true;
    }

    /// <summary>Completes once the queue is below the high-water mark (at once when it is, or when dropped).</summary>
    public Task WaitForRoomAsync()
    {
        if (IsAborted || Volatile.Read(ref _queued) < HighWater)
        {
            return Task.CompletedTask;
        }
        Task drained;
        lock (_gate)
        {
            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            drained = _drained.Task;
        }
        // the sender may have drained the queue before the waiter was registered
        if (IsAborted || Volatile.Read(ref _queued) < LowWater)
        {
            ReleaseWaiters();
        }
        return drained;
    }

    private void ReleaseWaiters()
    {
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            waiting = _drained;
            _drained = null;
        }
        waiting?.TrySetResult();
    }

    /// <summary>Adds channels up to the 30 limit; returns those taken and the refusal reason for the rest.</summary>
    public (List<string> Taken, List<string> Refused) Subscribe(IEnumerable<string> channels)
    {
        var taken = new List<string>();
        var refused = new List<string>();
        lock (_gate)
        {
            foreach (var channel in channels)
            {
                var allowed = isPrivate || !channel.StartsWith("spot@private.", StringComparison.Ordinal);
                if (
                    allowed
                    && (_channels.Contains(channel) || _channels.Count < MexcChannels.MaxSubscriptionsPerConnection)
                )
                {
                    _channels.Add(channel);
                    taken.Add(channel);
                }
                else
                {
                    refused.Add(channel);
                }
            }
        }
        return (taken, refused);
    }

    public void Unsubscribe(IEnumerable<string> channels)
    {
        lock (_gate)
        {
            _channels.ExceptWith(channels);
        }
    }

    public async Task WriteLoopAsync(CancellationToken ct)
    {
        await foreach (var (frame, binary) in _outgoing.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            var type = binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text;
            var left = Interlocked.Decrement(ref _queued);
            await socket.SendAsync(frame, type, true, ct).ConfigureAwait(false);
            if (Volatile.Read(ref _drained) is not null && left < LowWater)
            {
                ReleaseWaiters();
            }
        }
    }
}
