using Hangfire;
using Hangfire.PostgreSql;
using MexcTrader.Core.Persistence;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Hosting;

/// <summary>Hangfire on the product's database (PostgreSQL) or in memory (SQLite default), plus the import job.</summary>
internal static class JobsRegistration
{
    public const string DashboardPath = "/hangfire";

    public static WebApplicationBuilder AddTradingJobs(this WebApplicationBuilder builder)
    {
        builder
            .Services.AddOptions<JobsOptions>()
            .BindConfiguration(JobsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHangfire(
            (services, config) =>
            {
                config
                    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                    .UseSimpleAssemblyNameTypeSerializer()
                    .UseRecommendedSerializerSettings();
                var storage = services.GetRequiredService<StorageConnection>();
                if (storage.Provider == StorageProvider.PostgreSql)
                {
                    config.UsePostgreSqlStorage(
                        o => o.UseNpgsqlConnection(storage.ConnectionString),
                        // LISTEN/NOTIFY picks up new jobs at once; polling is the fallback
                        new PostgreSqlStorageOptions
                        {
                            EnableLongPolling = true,
                            QueuePollInterval = TimeSpan.FromSeconds(5),
                        }
                    );
                }
                else
                {
                    // Jobs do not survive a restart on the embedded default; that is the price of no server.
                    config.UseInMemoryStorage();
                }
            }
        );
        builder.Services.AddHangfireServer(
            (services, server) =>
                server.WorkerCount = services.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount
        );
        builder.Services.AddSingleton<ImportJobTracker>();
        builder.Services.AddSingleton<IImportJobLauncher, ImportJobLauncher>();
        return builder;
    }

    public static WebApplication MapTradingJobs(this WebApplication app)
    {
        app.UseHangfireDashboard(
            DashboardPath,
            new DashboardOptions { Authorization = [new LoopbackDashboardFilter()], DashboardTitle = "MexcTrader jobs" }
        );
        return app;
    }
}
