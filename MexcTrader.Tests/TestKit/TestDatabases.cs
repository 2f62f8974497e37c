using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MexcTrader.Tests.TestKit;

/// <summary>
/// Throwaway databases for tests: a SQLite file in a temp folder, or a fresh database on the PostgreSQL server
/// named by MEXCTRADER_TEST_PG. Under CI=true a missing server fails the test instead of skipping it.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "MEXCTRADER_TEST_PG";

    public static IEnumerable<object[]> Providers() =>
        [
            [StorageProvider.Sqlite],
            [StorageProvider.PostgreSql],
        ];

    /// <summary>Creates an empty, migrated database; dispose the result to drop it. Use from [SkippableFact]/[SkippableTheory].</summary>
    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        var database = provider == StorageProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync();
        await using var db = database.CreateContext();
        await StoreSchema.ApplyAsync(db, CancellationToken.None);
        return database;
    }

    /// <summary>The server connection string, or null when no server is configured outside CI.</summary>
    public static string? PostgresServer()
    {
        var cs = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(cs) && IsCi)
        {
            throw new InvalidOperationException(
                $"CI=true but {PostgresVariable} is not set: .ci/run must start PostgreSQL and export it."
            );
        }
        return string.IsNullOrWhiteSpace(cs) ? null : cs;
    }

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static TestDatabase CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("mexctrader-test-");
        var cs = $"Data Source={Path.Combine(folder.FullName, "test.db")};Pooling=False";
        return new TestDatabase(
            StorageProvider.Sqlite,
            cs,
            () =>
            {
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            }
        );
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = PostgresServer();
        Skip.If(
            server is null,
            $"No PostgreSQL server configured: set {PostgresVariable} (CI sets it and never skips)."
        );
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(
            StorageProvider.PostgreSql,
            cs,
            async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await DropAsync(server, name);
            }
        );
    }

    // An autovacuum worker (another role) may still sit in the database, and FORCE cannot end it for a
    // non-superuser (42501): retry briefly, then leave the database to the throwaway cluster.
    private static async Task DropAsync(string server, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var admin = new NpgsqlConnection(server);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is "42501" or "55006")
            {
                if (attempt == 5)
                {
                    return;
                }
                await Task.Delay(200 * attempt);
            }
        }
    }
}

public sealed class TestDatabase(StorageProvider provider, string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public StorageProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public StorageConnection Connection => new(Provider, ConnectionString);

    public TradingDbContext CreateContext() => new(TradingDbOptions.Create(Provider, ConnectionString));

    public IDbContextFactory<TradingDbContext> ContextFactory => new Factory(this);

    public ValueTask DisposeAsync() => new(drop());

    private sealed class Factory(TestDatabase database) : IDbContextFactory<TradingDbContext>
    {
        public TradingDbContext CreateDbContext() => database.CreateContext();
    }
}
