using System.Net;
using System.Text.Json;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web.Api;

public sealed class HealthApiTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Health_MigratedDatabaseAndRunningJobServer_Returns200WithEachCheck(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var factory = new ApiFactory(provider, database.ConnectionString);
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/health", "/api/v1/health" })
        {
            var response = await client.GetAsync(path);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
            var checks = body.RootElement.GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
            var jobs = checks.GetProperty("jobs");
            Assert.Equal("Healthy", jobs.GetProperty("status").GetString());
            var storage = provider == StorageProvider.PostgreSql ? "PostgreSqlStorage" : "InMemoryStorage";
            Assert.StartsWith(storage, jobs.GetProperty("description").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_MigrationsNotApplied_Returns503WithDatabaseUnhealthy()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<TradingDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"");
        }

        var response = await client.GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("jobs").GetProperty("status").GetString());
    }
}
