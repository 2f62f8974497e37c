using System.Threading.Channels;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// A bulk loader that stores candles while the file is still being read and validated (PostgreSQL), so parsing and
/// storing overlap; nothing is committed before the whole file proved valid.
/// </summary>
public interface ICandleStreamLoader : ICandleBulkLoader
{
    /// <summary>
    /// Writes every batch as it arrives, then commits when <paramref name="fileValid"/> says true and rolls back when
    /// it says false. Returns null when nothing was committed: the file was invalid, or some candles were already
    /// stored (the caller then loads through <see cref="ICandleBulkLoader.LoadAsync"/>, which merges).
    /// </summary>
    /// <param name="batches">Completed when the file is read; completed with an error when reading failed.</param>
    Task<BulkLoadResult?> LoadStreamAsync(ChannelReader<Candle[]> batches, Task<bool> fileValid, CancellationToken ct);
}
