using MexcTrader.Core.Domain;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>
/// Loads a candle file into the store. The whole file is validated before anything is written: a malformed row
/// fails the import with its row number and reason and leaves the store unchanged. Loading is idempotent.
/// </summary>
public interface ICandleImporter
{
    Task<Result<ImportSummary>> ImportAsync(
        CandleImportRequest request,
        IProgress<ImportProgress>? progress,
        CancellationToken ct
    );
}
