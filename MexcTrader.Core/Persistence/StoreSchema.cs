using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Core.Persistence;

/// <summary>How the candle table is laid out physically after <see cref="StoreSchema.ApplyAsync"/>.</summary>
public enum CandleTableLayout
{
    /// <summary>An ordinary table with its (symbol, interval, open time) key index: SQLite, or PostgreSQL without TimescaleDB.</summary>
    Plain,

    /// <summary>A TimescaleDB hypertable chunked by open time (PostgreSQL with the extension installed).</summary>
    Hypertable,
}

/// <summary>
/// The one way every entry point (web host, CLI verbs, tests) brings a store up to date: EF migrations, then the
/// candle table's physical layout. The layout step is not a migration because it depends on the server: TimescaleDB
/// is an optional extension, so the same migrations must work with and without it.
/// </summary>
public static class StoreSchema
{
    /// <summary>Chunk length of the candle hypertable: a week of 1m candles per pair is ~10,000 rows per chunk and pair.</summary>
    public const string ChunkInterval = "7 days";

    private const string TimescaleAvailable =
        "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') AS \"Value\"";

    // create_hypertable needs every unique index to contain the time column; the candle key does.
    private static readonly string MakeHypertable =
        $"SELECT create_hypertable('{CandleTable.Name}', 'open_time', chunk_time_interval => INTERVAL '{ChunkInterval}', "
        + "if_not_exists => TRUE, migrate_data => TRUE)";

    public static async Task<CandleTableLayout> ApplyAsync(TradingDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
        if (StorageProviders.FromEfProviderName(db.Database.ProviderName) != StorageProvider.PostgreSql)
        {
            return CandleTableLayout.Plain;
        }
        var available = await db.Database.SqlQueryRaw<bool>(TimescaleAvailable).SingleAsync(ct).ConfigureAwait(false);
        if (!available)
        {
            return CandleTableLayout.Plain;
        }
        await db.Database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS timescaledb", ct).ConfigureAwait(false);
        // A big existing table is moved into chunks once here; later starts find it done (if_not_exists).
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.ExecuteSqlRawAsync(MakeHypertable, ct).ConfigureAwait(false);
        return CandleTableLayout.Hypertable;
    }
}
