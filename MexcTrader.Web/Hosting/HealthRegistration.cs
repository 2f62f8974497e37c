using System.Text.Json;
using MexcTrader.Core.Persistence;
using MexcTrader.Web.Jobs;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MexcTrader.Web.Hosting;

/// <summary>/health (and /api/v1/health): database reachable and migrated, Hangfire storage answering; 503 when not.</summary>
internal static class HealthRegistration
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplicationBuilder AddTradingHealth(this WebApplicationBuilder builder)
    {
        builder
            .Services.AddHealthChecks()
            .AddDbContextCheck<TradingDbContext>(
                "database",
                customTestQuery: async (db, ct) =>
                    await db.Database.CanConnectAsync(ct).ConfigureAwait(false)
                    && !(await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).Any()
            )
            .AddCheck<HangfireStorageHealthCheck>("jobs");
        return builder;
    }

    public static WebApplication MapTradingHealth(this WebApplication app)
    {
        var options = new HealthCheckOptions { ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health", options);
        app.MapHealthChecks($"{ApiRegistration.Prefix}/health", options);
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthResponse(
            report.Status.ToString(),
            report.TotalDuration.TotalMilliseconds,
            report.Entries.ToDictionary(
                e => e.Key,
                e => new HealthEntry(
                    e.Value.Status.ToString(),
                    e.Value.Description ?? e.Value.Exception?.Message,
                    e.Value.Duration.TotalMilliseconds
                ),
                StringComparer.Ordinal
            )
        );
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(body, Json, context.RequestAborted);
    }

    private sealed record HealthResponse(
        string Status,
        double DurationMs,
        IReadOnlyDictionary<string, HealthEntry> Checks
    );

    private sealed record HealthEntry(string Status, string? Description, double DurationMs);
}
