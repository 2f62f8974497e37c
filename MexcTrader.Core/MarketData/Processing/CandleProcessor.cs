using System.Collections.Concurrent;
using System.Threading.Channels;
using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.History.Import;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MexcTrader.Core.MarketData.Processing;

/// <summary>
/// The data processing stage: raw candle updates of many pairs in (live klines repeating the open candle, or history),
/// closed candles out, each exactly once and in order per pair, stored in batches, gaps back-filled. Every pair has its
/// own worker and channels, so a slow consumer of one pair never holds up another.
/// </summary>
public sealed class CandleProcessor : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(Symbol, Interval), Lazy<(PairWorker Worker, Task Run)>> _pairs = new();
    private readonly CandleProcessingOptions _options;
    private readonly TimeProvider _clock;
    private readonly IGapBackfill _backfill;
    private readonly CandlePersister _persister;
    private readonly Task _persisting;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _log;
    private readonly LastStoredLookup? _lastStored;

    public CandleProcessor(
        ICandleBulkLoader loader,
        IGapBackfill backfill,
        TimeProvider clock,
        CandleProcessingOptions? options = null,
        ILogger<CandleProcessor>? log = null,
        LastStoredLookup? lastStored = null
    )
    {
        _lastStored = lastStored;
        _options = options ?? new CandleProcessingOptions();
        _clock = clock;
        _backfill = backfill;
        _log = (ILogger?)log ?? NullLogger.Instance;
        _persister = new CandlePersister(loader, _options, _log);
        _persisting = Task.Run(() => _persister.RunAsync(_stopping.Token), CancellationToken.None);
    }

    public CandleProcessorCounters Counters { get; } = new();

    /// <summary>Candles stored by the stage itself (back-filled ones are stored by the back-fill).</summary>
    public long Stored => _persister.Stored;

    /// <summary>Hands one raw update to its pair's worker without waiting; see <see cref="CandleProcessingOptions.InboxCapacity"/>.</summary>
    public bool Post(Candle update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Pair(update.Symbol, update.Interval).TryPost(update);
    }

    /// <summary>The pair's closed candles, oldest first; one reader per pair.</summary>
    public ChannelReader<Candle> ClosedCandles(Symbol symbol, Interval interval) => Pair(symbol, interval).Closed;

    /// <summary>Stops taking updates, lets every pair finish what it queued, and stores the last batch.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        foreach (var pair in _pairs.Values)
        {
            pair.Value.Worker.Complete();
        }
        await Task.WhenAll(_pairs.Values.Select(p => p.Value.Run)).WaitAsync(ct).ConfigureAwait(false);
        _persister.Complete();
        await _persisting.WaitAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var pair in _pairs.Values)
        {
            pair.Value.Worker.Complete();
        }
        _persister.Complete();
        try
        {
            await Task.WhenAll(_pairs.Values.Select(p => p.Value.Run).Append(_persisting)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping: whatever was queued and not stored is back-filled by the next gap check
        }
        _stopping.Dispose();
    }

    private PairWorker Pair(Symbol symbol, Interval interval) =>
        // Lazy: GetOrAdd may run the factory twice under a race, and only one worker task may start
        _pairs.GetOrAdd((symbol, interval), static (key, self) => new(() => self.Start(key)), this).Value.Worker;

    private (PairWorker, Task) Start((Symbol Symbol, Interval Interval) key)
    {
        var worker = new PairWorker(
            key.Symbol,
            key.Interval,
            _lastStored,
            _options,
            _clock,
            _backfill,
            _persister,
            Counters,
            _log
        );
        return (worker, Task.Run(() => worker.RunAsync(_stopping.Token), CancellationToken.None));
    }
}
