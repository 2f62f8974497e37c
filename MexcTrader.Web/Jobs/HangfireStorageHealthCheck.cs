using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MexcTrader.Web.Jobs;

/// <summary>Healthy when Hangfire's storage answers and at least one server is registered with it.</summary>
internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var servers = monitoring.Servers().Count;
            var stats = monitoring.GetStatistics();
            var description =
                $"{storage.GetType().Name}: {servers} server(s), {stats.Enqueued} enqueued, "
                + $"{stats.Processing} processing, {stats.Failed} failed";
            return Task.FromResult(
                servers > 0 ? HealthCheckResult.Healthy(description) : HealthCheckResult.Degraded(description)
            );
        }
        // the storage is a database or a network hop: any failure there means "unhealthy", not a crash
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage is not reachable.", ex));
        }
    }
}
