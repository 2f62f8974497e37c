using Microsoft.Extensions.Logging;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>
/// MEXC's WebSocket: channels sharded over connections of at most 30 subscriptions, each kept alive and
/// reconnected on its own; pushes go to one <see cref="IMexcStreamSink"/>.
/// </summary>
public sealed class MexcWebSocketClient(
    MexcWebSocketOptions options,
    IMexcStreamSink sink,
    TimeProvider clock,
    ILogger<MexcWebSocketClient> logger,
    Func<CancellationToken, Task<Uri>>? endpoint = null
) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<(MexcSocketSession Session, Task Loop)> _sessions = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<CancellationToken, Task<Uri>> _endpoint =
        endpoint ?? (_ => Task.FromResult(options.Endpoint));

    public MexcStreamCounters Counters { get; } = new();

    public int Connections
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count;
            }
        }
    }

    /// <summary>Subscribes channels, filling open connections up to 30 each and opening new ones for the rest.</summary>
    public async Task SubscribeAsync(IReadOnlyList<string> channels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var plan = new List<(MexcSocketSession Session, List<string> Channels)>();
        lock (_gate)
        {
            foreach (var channel in channels.Distinct(StringComparer.Ordinal))
            {
                if (_sessions.Exists(s => s.Session.Has(channel)) || plan.Exists(p => p.Channels.Contains(channel)))
                {
                    continue;
                }
                var target = plan.Find(p =>
                    p.Session.Count + p.Channels.Count < MexcChannels.MaxSubscriptionsPerConnection
                );
                if (target.Session is null)
                {
                    var session =
                        _sessions
                            .Find(s =>
                                s.Session.Count < MexcChannels.MaxSubscriptionsPerConnection
                                && !plan.Exists(p => p.Session == s.Session)
                            )
                            .Session
                        ?? Open();
                    target = (session, []);
                    plan.Add(target);
                }
                target.Channels.Add(channel);
            }
        }
        foreach (var (session, batch) in plan)
        {
            await session.AddAsync(batch, ct).ConfigureAwait(false);
        }
        lock (_gate)
        {
            // new sessions connect only once they have their channels, so the first connect subscribes them all
            foreach (var (session, _) in plan.Where(p => !_sessions.Exists(s => s.Session == p.Session)))
            {
                _sessions.Add((session, Task.Run(() => session.RunAsync(_stopping.Token), CancellationToken.None)));
            }
        }
    }

    public async Task UnsubscribeAsync(string channel, CancellationToken ct)
    {
        MexcSocketSession? owner;
        lock (_gate)
        {
            owner = _sessions.Find(s => s.Session.Has(channel)).Session;
        }
        if (owner is not null)
        {
            await owner.RemoveAsync(channel, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Drops every connection at once; each reconnects and resubscribes (fault tests, manual reset).</summary>
    public void DropConnections()
    {
        lock (_gate)
        {
            _sessions.ForEach(s => s.Session.Abort());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task[] loops;
        lock (_gate)
        {
            loops = [.. _sessions.Select(s => s.Loop)];
        }
        _sessions.ForEach(s => s.Session.Abort());
        try
        {
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping is the point
        }
        _sessions.ForEach(s => s.Session.Dispose());
        _stopping.Dispose();
    }

    private MexcSocketSession Open()
    {
        return new MexcSocketSession(options, _endpoint, sink, Counters, clock, logger);
    }
}
