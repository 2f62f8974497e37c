using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using MexcTrader.Core.Persistence;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // Hangfire's defaults are process-wide statics (JobStorage.Current, JobActivator.Current); registering our own
        // first keeps each host on its own storage and services, which matters when tests run several hosts at once.
        builder.Services.AddSingleton(services => CreateStorage(services.GetRequiredService<StorageConnection>()));
        builder.Services.AddSingleton<JobActivator>(services => new AspNetCoreJobActivator(
            services.GetRequiredService<IServiceScopeFactory>()
        ));
        builder.Services.AddSingleton<ImportJobStateFilter>();
        builder.Services.AddSingleton<IJobFilterProvider>(services => new JobFilterProviderCollection(
            JobFilterProviders.Providers,
            new JobFilterCollection { services.GetRequiredService<ImportJobStateFilter>() }
        ));
        builder.Services.AddHangfire(
            (services, config) =>
                config
                    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                    .UseSimpleAssemblyNameTypeSerializer()
                    .UseRecommendedSerializerSettings()
                    .UseLogProvider(new HostLogProvider(services.GetRequiredService<ILoggerFactory>()))
        );
        builder.Services.AddHangfireServer(
            (services, server) =>
            {
                server.WorkerCount = services.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount;
                // a deleted job (the UI's and the API's Cancel) sees its token cancelled within this interval
                server.CancellationCheckInterval = TimeSpan.FromSeconds(1);
            }
        );
        builder.Services.TryAddSingleton<ImportJobTracker>();
        builder.Services.AddSingleton<IImportJobLauncher, ImportJobLauncher>();
        return builder;
    }

    private static JobStorage CreateStorage(StorageConnection storage)
    {
        if (storage.Provider != StorageProvider.PostgreSql)
        {
            // Jobs do not survive a restart on the embedded default; that is the price of needing no server.
            return new InMemoryStorage();
        }
        // LISTEN/NOTIFY picks up new jobs at once; polling is the fallback
        var options = new PostgreSqlStorageOptions
        {
            EnableLongPolling = true,
            QueuePollInterval = TimeSpan.FromSeconds(5),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.ConnectionString, options), options);
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
