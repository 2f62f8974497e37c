using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace MexcTrader.Migrations.PostgreSql;

/// <summary>Lets dotnet-ef build the model without starting the web host; the connection is only used by `database update`.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TradingDbContext>
{
    public TradingDbContext CreateDbContext(string[] args) =>
        new(
            TradingDbOptions.Create(
                StorageProvider.PostgreSql,
                Environment.GetEnvironmentVariable("ConnectionStrings__Trading")
                    ?? "Host=127.0.0.1;Port=5433;Database=app;Username=app;Password=app"
            )
        );
}
