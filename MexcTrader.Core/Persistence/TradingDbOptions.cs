using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Persistence;

/// <summary>Points a <see cref="TradingDbContext"/> at a provider and that provider's migrations assembly.</summary>
public static class TradingDbOptions
{
    public static DbContextOptionsBuilder UseTradingDatabase(
        this DbContextOptionsBuilder builder,
        StorageProvider provider,
        string connectionString
    )
    {
        ArgumentNullException.ThrowIfNull(builder);
        return provider switch
        {
            StorageProvider.Sqlite => builder.UseSqlite(
                connectionString,
                o => o.MigrationsAssembly(StorageProviders.SqliteMigrationsAssembly)
            ),
            StorageProvider.PostgreSql => builder.UseNpgsql(
                connectionString,
                o => o.MigrationsAssembly(StorageProviders.PostgreSqlMigrationsAssembly)
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
        };
    }

    public static DbContextOptions<TradingDbContext> Create(StorageProvider provider, string connectionString) =>
        (DbContextOptions<TradingDbContext>)
            new DbContextOptionsBuilder<TradingDbContext>().UseTradingDatabase(provider, connectionString).Options;
}
