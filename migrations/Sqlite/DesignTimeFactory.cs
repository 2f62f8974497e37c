using MexcTrader.Core.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace MexcTrader.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the model without starting the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TradingDbContext>
{
    public TradingDbContext CreateDbContext(string[] args) =>
        new(TradingDbOptions.Create(StorageProvider.Sqlite, "Data Source=design-time.db"));
}
