using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using MexcTrader.Web.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MexcTrader.Tests.Web.Jobs;

public sealed class HangfireStorageHealthCheckTests
{
    [Fact]
    public async Task CheckHealthAsync_StorageAnswers_IsHealthyAndCountsJobs()
    {
        using var storage = new InMemoryStorage();
        new BackgroundJobClient(storage).Enqueue(() => Console.WriteLine());
        var sut = new HangfireStorageHealthCheck(storage);

        var result = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("InMemoryStorage: 0 server(s), 1 enqueued, 0 processing, 0 failed", result.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_StorageThrows_IsUnhealthyWithTheCause()
    {
        var sut = new HangfireStorageHealthCheck(new BrokenStorage());

        var result = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("connection refused", result.Exception?.Message);
    }

    private sealed class BrokenStorage : JobStorage
    {
        public override IMonitoringApi GetMonitoringApi() => throw new InvalidOperationException("connection refused");

        public override IStorageConnection GetConnection() => throw new InvalidOperationException("connection refused");
    }
}
