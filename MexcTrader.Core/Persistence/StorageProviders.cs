namespace MexcTrader.Core.Persistence;

public static class StorageProviders
{
    public const string SqliteMigrationsAssembly = "MexcTrader.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "MexcTrader.Migrations.PostgreSql";

    public static StorageProvider FromEfProviderName(string? providerName) =>
        providerName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => StorageProvider.Sqlite,
            "Npgsql.EntityFrameworkCore.PostgreSQL" => StorageProvider.PostgreSql,
            _ => throw new NotSupportedException($"Database provider '{providerName}' is not supported."),
        };
}
