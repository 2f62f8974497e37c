using MexcTrader.Core.Persistence;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>Picks the bulk loader for the database in use.</summary>
public static class CandleBulkLoaders
{
    public static ICandleBulkLoader For(StorageConnection connection, DatabaseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Provider switch
        {
            StorageProvider.PostgreSql => new PostgresCandleBulkLoader(connection.ConnectionString),
            StorageProvider.Sqlite => new SqliteCandleBulkLoader(
                connection.ConnectionString,
                (options ?? new DatabaseOptions()).SqliteBatchSize
            ),
            _ => throw new ArgumentOutOfRangeException(
                nameof(connection),
                connection.Provider,
                "Unknown storage provider."
            ),
        };
    }
}
