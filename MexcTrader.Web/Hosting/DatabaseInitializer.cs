using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Web.Hosting;

/// <summary>Applies the provider's migrations before the server takes requests, then seeds the demo sample if asked.</summary>
internal sealed class DatabaseInitializer(
    IDbContextFactory<TradingDbContext> contexts,
    IEnumerable<IStartupSeeder> seeders,
    ILogger<DatabaseInitializer> log
) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var layout = await StoreSchema.ApplyAsync(db, cancellationToken).ConfigureAwait(false);
            log.LogInformation("Database ready ({Provider}, candle table {Layout})", db.Database.ProviderName, layout);
        }
        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
