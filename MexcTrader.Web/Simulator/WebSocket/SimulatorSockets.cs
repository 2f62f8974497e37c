using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Simulated;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Web.Simulator.WebSocket;

/// <summary>
/// The simulator's WebSocket side: every replay step becomes kline, deal, depth and book-ticker pushes, every
/// account event a private push, each sent to the connections subscribed to its channel.
/// </summary>
public sealed class SimulatorSockets : IDisposable
{
    private static readonly byte[] Garbage = [0xFF, 0xFF, 0xFF, 0x0A, 0x99];
    private readonly Lock _gate = new();
    private readonly List<SimulatorSocket> _sockets = [];
    private readonly Dictionary<Symbol, Candle> _open = [];
    private readonly Dictionary<Symbol, long> _tradeIds = [];
    private readonly Dictionary<Symbol, DateTimeOffset> _skippedBars = [];
    private readonly SimulatedExchange _exchange;
    private readonly MarketReplay _replay;
    private readonly TimeProvider _wallClock;
    private readonly ExchangeEventSubscription _events;
    private readonly CancellationTokenSource _stopping = new();

    internal SimulatorSockets(SimulatedExchange exchange, MarketReplay replay, TimeProvider wallClock, int seed)
    {
        _exchange = exchange;
        _replay = replay;
        _wallClock = wallClock;
        Faults = new WebSocketFaults(seed);
        replay.Stepped += OnStep;
        replay.BackPressure = WaitForSendersAsync;
        _events = exchange.Subscribe();
        _ = Task.Run(() => ForwardAccountEventsAsync(_stopping.Token), CancellationToken.None);
    }

    public WebSocketFaults Faults { get; }

    /// <summary>Connections open now (dropped ones excluded).</summary>
    public int Connections => Snapshot().Count(s => !s.IsAborted);

    private long _pings;

    /// <summary>PING requests received over all connections since the start.</summary>
    public long PingsReceived => Interlocked.Read(ref _pings);

    /// <summary>Makes every open connection go silent (no push, no PONG) without closing it; returns how many.</summary>
    public int SilenceAll()
    {
        var live = Snapshot().Where(s => !s.IsAborted && !s.IsSilent).ToList();
        live.ForEach(s => s.Silence());
        return live.Count;
    }

    internal void CountPing() => Interlocked.Increment(ref _pings);

    /// <summary>A connection subscribed: a depth channel makes the exchange publish that pair's book changes.</summary>
    internal void Subscribed(IEnumerable<string> channels)
    {
        foreach (var channel in channels.Where(c => c.StartsWith(DepthPrefix, StringComparison.Ordinal)))
        {
            _exchange.TrackDepth(new Symbol(channel[(channel.LastIndexOf('@') + 1)..]));
        }
    }

    private const string DepthPrefix = "spot@public.aggre.depth.";

    /// <summary>Channels subscribed over all open, non-silent connections.</summary>
    public int Subscriptions => Snapshot().Where(s => !s.IsAborted && !s.IsSilent).Sum(s => s.ChannelCount);

    /// <summary>Drops every open connection now (clients see an abrupt close); returns how many were dropped.</summary>
    public int DropAll()
    {
        return Snapshot().Count(socket => socket.Abort());
    }

    public void Dispose()
    {
        _replay.Stepped -= OnStep;
        _replay.BackPressure = null;
        _stopping.Cancel();
        _events.Dispose();
        _stopping.Dispose();
    }

    internal void Add(SimulatorSocket socket)
    {
        lock (_gate)
        {
            _sockets.Add(socket);
        }
    }

    internal void Remove(SimulatorSocket socket)
    {
        lock (_gate)
        {
            _sockets.Remove(socket);
        }
    }

    private SimulatorSocket[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _sockets];
        }
    }

    // an unpaced replay goes at the pace of the slowest connected reader, so "as fast as possible" never means
    // frames piling up without bound; a dropped connection holds nothing back
    private async ValueTask WaitForSendersAsync(CancellationToken ct)
    {
        foreach (var socket in Snapshot())
        {
            var room = socket.WaitForRoomAsync();
            if (!room.IsCompleted)
            {
                await room.WaitAsync(ct).ConfigureAwait(false);
            }
        }
    }

    // runs on the replay thread: keep it to building frames and queueing them
    private void OnStep(ReplayTick tick)
    {
        var symbol = tick.Candle.Symbol;
        Candle kline;
        long tradeId;
        bool skipKline;
        lock (_gate)
        {
            if (_sockets.Count == 0 && tick.Closes)
            {
                _open.Remove(symbol);
                return;
            }
            var opens =
                !tick.Closes && !(_open.TryGetValue(symbol, out var bar) && bar.OpenTime == tick.Candle.OpenTime);
            if (opens && Faults.TakeSkippedBar())
            {
                _skippedBars[symbol] = tick.Candle.OpenTime;
            }
            skipKline = _skippedBars.TryGetValue(symbol, out var skipped) && skipped == tick.Candle.OpenTime;
            kline = tick.Closes ? tick.Candle with { IsClosed = false } : Grow(tick);
            if (tick.Closes)
            {
                _open.Remove(symbol);
            }
            tradeId = _tradeIds[symbol] = _tradeIds.GetValueOrDefault(symbol) + 1;
        }
        var now = _wallClock.GetUtcNow();
        if (!skipKline)
        {
            var (channel, frame) = PushFrames.Kline(kline, now);
            Broadcast(channel, frame, isPrivate: false);
        }
        if (!tick.Closes)
        {
            var precision = _exchange.RulesOf(symbol)?.QuotePrecision ?? 2;
            var tickSize = 1m / (decimal)Math.Pow(10, precision);
            foreach (var (other, bytes) in PushFrames.Trade(tick, tradeId, tickSize))
            {
                Broadcast(other, bytes, isPrivate: false);
            }
        }
    }

    // the running bar as the pushes show it: built from the replayed trades, replaced by the recorded candle at close
    private Candle Grow(ReplayTick tick)
    {
        var symbol = tick.Candle.Symbol;
        var open =
            _open.TryGetValue(symbol, out var bar) && bar.OpenTime == tick.Candle.OpenTime
                ? bar with
                {
                    High = Math.Max(bar.High, tick.Price),
                    Low = Math.Min(bar.Low, tick.Price),
                    Close = tick.Price,
                    Volume = bar.Volume + tick.Quantity,
                    QuoteVolume = bar.QuoteVolume + (tick.Price * tick.Quantity),
                }
                : tick.Candle with
                {
                    Open = tick.Price,
                    High = tick.Price,
                    Low = tick.Price,
                    Close = tick.Price,
                    Volume = tick.Quantity,
                    QuoteVolume = tick.Price * tick.Quantity,
                    IsClosed = false,
                };
        _open[symbol] = open;
        return open;
    }

    private void Broadcast(string channel, byte[] frame, bool isPrivate)
    {
        foreach (var socket in Snapshot())
        {
            if (!socket.Wants(channel))
            {
                continue;
            }
            if (Faults.RollDrop())
            {
                socket.Abort();
                continue;
            }
            if (Faults.TakeMalformed())
            {
                socket.Push(Garbage);
            }
            socket.Push(frame);
        }
    }

    private async Task ForwardAccountEventsAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var change in _events.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                if (change is DepthChanged depth)
                {
                    if (!Faults.TakeSkippedDepth())
                    {
                        foreach (var (channel, frame) in PushFrames.Depth(depth))
                        {
                            Broadcast(channel, frame, isPrivate: false);
                        }
                    }
                }
                else if (PushFrames.Private(change) is { } push)
                {
                    Broadcast(push.Channel, push.Frame, isPrivate: true);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // simulator stopping
        }
    }
}
