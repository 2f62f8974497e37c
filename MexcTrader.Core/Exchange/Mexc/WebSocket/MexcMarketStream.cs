using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Google.Protobuf;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange.Mexc.Protobuf;
using MexcTrader.Core.MarketData;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>
/// The market side of the MEXC WebSocket: klines become closed candles (gap-filled from REST after every
/// reconnect, never missing or doubled, in order per pair); every other push goes to <paramref name="onPush"/>.
/// </summary>
[SuppressMessage(
    "Naming",
    "CA1711",
    Justification = "A market data stream, not a System.IO.Stream; the design names it so."
)]
public sealed class MexcMarketStream(
    IKlineHistory history,
    TimeProvider clock,
    Action<PushDataV3ApiWrapper>? onPush = null
) : IMexcStreamSink
{
    private readonly KlineFrameDecoder _decoder = new();
    private readonly ConcurrentDictionary<(Symbol, Interval), KlineSequencer> _klines = new();
    private readonly Channel<Candle> _closed = Channel.CreateUnbounded<Candle>(
        new UnboundedChannelOptions { SingleReader = false, SingleWriter = false }
    );

    private long _liveGaps;

    /// <summary>Closed candles of every tracked pair, each once, oldest first per pair.</summary>
    public ChannelReader<Candle> ClosedCandles => _closed.Reader;

    /// <summary>Gap-fill retry pause; tests shorten it.</summary>
    public Func<int, TimeSpan> RetryDelay { get; init; } =
        attempt => TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, Math.Min(attempt, 10))));

    /// <summary>Starts tracking a pair's klines and returns the channel to subscribe.</summary>
    /// <param name="since">Open time of the first closed candle wanted (filled from REST); null = from the live stream on.</param>
    public string TrackKlines(Symbol symbol, Interval interval, DateTimeOffset? since = null)
    {
        _decoder.Add(symbol);
        _klines.GetOrAdd(
            (symbol, interval),
            key => new KlineSequencer(key.Item1, key.Item2, since, _closed.Writer, FillLiveGap)
        );
        return MexcChannels.Kline(symbol, interval);
    }

    /// <summary>Bars found missing while connected (a push opened later than the next bar), each filled from REST.</summary>
    public long LiveGapsFilled => Interlocked.Read(ref _liveGaps);

    /// <summary>The bar still running (the last one seen), or null.</summary>
    public Candle? OpenCandle(Symbol symbol, Interval interval) =>
        _klines.TryGetValue((symbol, interval), out var sequencer) ? sequencer.Open : null;

    // not tied to a connection: a reconnect starts a newer hold, which makes this fill stop by itself
    private void FillLiveGap(KlineSequencer sequencer, int generation)
    {
        Interlocked.Increment(ref _liveGaps);
        _ = Task.Run(
            () => sequencer.ResyncAsync(history, clock, RetryDelay, CancellationToken.None, generation),
            CancellationToken.None
        );
    }

    public bool OnFrame(ReadOnlySpan<byte> frame)
    {
        if (_decoder.TryDecode(frame, out var candle))
        {
            if (_klines.TryGetValue((candle!.Symbol, candle.Interval), out var sequencer))
            {
                sequencer.OnPush(candle);
            }
            return true;
        }
        PushDataV3ApiWrapper push;
        try
        {
            push = PushDataV3ApiWrapper.Parser.ParseFrom(frame);
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }
        // a kline the fast path refused (bad number, missing field) is malformed, not some other push
        if (
            push.BodyCase
            is PushDataV3ApiWrapper.BodyOneofCase.PublicSpotKline
                or PushDataV3ApiWrapper.BodyOneofCase.None
        )
        {
            return push.BodyCase == PushDataV3ApiWrapper.BodyOneofCase.PublicSpotKline
                && !_klines.Keys.Any(k => k.Item1.Value == push.Symbol);
        }
        onPush?.Invoke(push);
        return true;
    }

    public void OnConnecting(IReadOnlyList<string> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        foreach (var channel in channels)
        {
            if (
                MexcChannels.TryParseKline(channel, out var symbol, out var interval)
                && _klines.TryGetValue((symbol, interval), out var sequencer)
            )
            {
                sequencer.BeginSync();
            }
        }
    }

    public async Task OnSubscribedAsync(IReadOnlyList<string> channels, bool reconnected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var fills = new List<Task>();
        foreach (var channel in channels)
        {
            if (
                MexcChannels.TryParseKline(channel, out var symbol, out var interval)
                && _klines.TryGetValue((symbol, interval), out var sequencer)
            )
            {
                fills.Add(sequencer.ResyncAsync(history, clock, RetryDelay, ct));
            }
        }
        await Task.WhenAll(fills).ConfigureAwait(false);
    }
}
