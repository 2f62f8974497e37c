namespace MexcTrader.Core.MarketData.Processing;

/// <summary>Capacities and batching of the candle processing stage.</summary>
public sealed record CandleProcessingOptions
{
    /// <summary>
    /// Raw updates queued per pair. When a pair falls this far behind, its oldest updates are dropped (the producer, a
    /// WebSocket loop serving every pair, never waits); a candle lost that way becomes a gap and is back-filled.
    /// </summary>
    public int InboxCapacity { get; init; } = 4_096;

    /// <summary>
    /// Closed candles waiting for a pair's consumer. When full, that pair's worker waits (closed candles are never
    /// dropped); only that pair slows, its inbox absorbs the backlog as described above.
    /// </summary>
    public int OutboxCapacity { get; init; } = 1_024;

    /// <summary>Closed candles written per bulk-load call at most; under light load smaller batches go at once.</summary>
    public int PersistBatchSize { get; init; } = 500;

    /// <summary>Closed candles waiting to be stored, over all pairs; when full, closing waits for the database.</summary>
    public int PersistQueueCapacity { get; init; } = 20_000;
}
