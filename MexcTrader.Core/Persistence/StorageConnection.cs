namespace MexcTrader.Core.Persistence;

/// <summary>The database in use, for code that talks to it below EF Core (bulk loaders).</summary>
public sealed record StorageConnection(StorageProvider Provider, string ConnectionString);
