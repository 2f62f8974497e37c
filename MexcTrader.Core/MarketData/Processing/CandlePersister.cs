using System.Threading.Channels;
using MexcTrader.Core.MarketData.History.Import;
using Microsoft.Extensions.Logging;

namespace MexcTrader.Core.MarketData.Processing;

/// <summary>Stores closed candles of every pair in batches: whatever is queued when the writer is free goes in one call.</summary>
internal sealed class CandlePersister
{
    private readonly Channel<Candle> _queue;
    private readonly ICandleBulkLoader _loader;
    private readonly int _batchSize;
    private readonly ILogger _log;

    public CandlePersister(ICandleBulkLoader loader, CandleProcessingOptions options, ILogger log)
    {
        _loader = loader;
        _batchSize = options.PersistBatchSize;
        _log = log;
        _queue = Channel.CreateBounded<Candle>(
            new BoundedChannelOptions(options.PersistQueueCapacity)
            {
                FullMode = BoundedChannelFullMode.Wait,
                SingleReader = true,
            }
        );
    }

    public long Stored => Interlocked.Read(ref _stored);

    private long _stored;

    public ValueTask EnqueueAsync(Candle candle, CancellationToken ct) => _queue.Writer.WriteAsync(candle, ct);

    public void Complete() => _queue.Writer.TryComplete();

    public async Task RunAsync(CancellationToken ct)
    {
        var batch = new List<Candle>(_batchSize);
        while (await _queue.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            while (batch.Count < _batchSize && _queue.Reader.TryRead(out var candle))
            {
                batch.Add(candle);
            }
            try
            {
                var result = await _loader.LoadAsync(batch, ct).ConfigureAwait(false);
                Interlocked.Add(ref _stored, result.Added);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // the candles were published already; a later gap check of the store back-fills them
                _log.LogError(e, "Storing {Count} closed candles failed", batch.Count);
            }
            batch.Clear();
        }
    }
}
