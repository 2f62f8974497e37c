using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MexcTrader.Web.Jobs;

/// <summary>Healthy when Hangfire's storage answers; the description counts servers and jobs.</summary>
public sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
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
            // zero servers is normal for a moment after start, before the first heartbeat, so it is not a fault
            return Task.FromResult(HealthCheckResult.Healthy(description));
        }
        // the storage is a database or a network hop: any failure there means "unhealthy", not a crash
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage is not reachable.", ex));
        }
    }
}
