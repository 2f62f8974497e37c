using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Tests.Integration.Persistence;

/// <summary>
/// The schema step every entry point runs. The servers here have no TimescaleDB (Debian does not package it), so these
/// tests pin the fallback: a plain table with its key index, and a second run that changes nothing.
/// </summary>
public sealed class StoreSchemaTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task WithoutTimescale_CandlesStayAPlainIndexedTable_AndApplyingAgainIsHarmless(
        StorageProvider provider
    )
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();

        var again = await StoreSchema.ApplyAsync(db, CancellationToken.None);

        Assert.Equal(CandleTableLayout.Plain, again);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var key = db.Model.FindEntityType(typeof(MexcTrader.Core.MarketData.Candle))!.FindPrimaryKey()!;
        Assert.Equal(["Symbol", "Interval", "OpenTime"], key.Properties.Select(p => p.Name));
    }

    [SkippableFact]
    public async Task OnPostgreSql_TheTimescaleProbeAnswersFromTheServerCatalogue()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.PostgreSql);
        await using var db = database.CreateContext();

        var listed = await db
            .Database.SqlQueryRaw<bool>(
                "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') AS \"Value\""
            )
            .SingleAsync();
        var layout = await StoreSchema.ApplyAsync(db, CancellationToken.None);

        // whatever the server offers decides the layout: hypertable exactly when the extension is installable
        Assert.Equal(listed ? CandleTableLayout.Hypertable : CandleTableLayout.Plain, layout);
        var hypertables = await db
            .Database.SqlQueryRaw<bool>(
                "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') AS \"Value\""
            )
            .SingleAsync();
        Assert.Equal(layout == CandleTableLayout.Hypertable, hypertables);
    }
}
