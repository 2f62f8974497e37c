namespace MexcTrader.Core.Persistence;

/// <summary>The database engines the product runs on.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
