using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Jobs;

public sealed class JobsRegistrationTests
{
    [Fact]
    public async Task JobStorage_TwoHostsInOneProcess_EachKeepsItsOwnStorageAndActivator()
    {
        await using var first = new MexcTraderFactory();
        await using var second = new MexcTraderFactory();

        var firstStorage = first.Services.GetRequiredService<JobStorage>();
        var secondStorage = second.Services.GetRequiredService<JobStorage>();

        Assert.IsType<InMemoryStorage>(firstStorage);
        Assert.NotSame(firstStorage, secondStorage);
        Assert.NotSame(
            first.Services.GetRequiredService<JobActivator>(),
            second.Services.GetRequiredService<JobActivator>()
        );
    }

    [SkippableFact]
    public async Task JobStorage_PostgreSqlProvider_UsesPostgreSqlStorageInTheProductDatabase()
    {
        await using var database = await TestDatabases.CreateAsync(StorageProvider.PostgreSql);
        await using var factory = new MexcTraderFactory(StorageProvider.PostgreSql, database.ConnectionString);

        var storage = factory.Services.GetRequiredService<JobStorage>();

        Assert.IsType<PostgreSqlStorage>(storage);
        using var connection = storage.GetConnection();
        Assert.NotNull(connection.GetAllItemsFromSet("recurring-jobs"));
    }
}
