using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.Persistence;

namespace MexcTrader.Web.Hosting;

/// <summary>Chooses the database from configuration: SQLite in the data folder by default, PostgreSQL when asked.</summary>
internal static class StorageRegistration
{
    public static WebApplicationBuilder AddTradingStorage(this WebApplicationBuilder builder)
    {
        builder
            .Services.AddOptions<AppOptions>()
            .BindConfiguration(AppOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder
            .Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var database =
            builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()
            ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(builder.Configuration, builder.Environment, database.Provider);
        builder.Services.AddSingleton(new StorageConnection(database.Provider, connectionString));
        builder.Services.AddDbContextFactory<TradingDbContext>(o =>
            o.UseTradingDatabase(database.Provider, connectionString)
        );
        builder.Services.AddSingleton<CandleReader>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    private static string ResolveConnectionString(
        IConfiguration configuration,
        IWebHostEnvironment environment,
        StorageProvider provider
    )
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (provider == StorageProvider.PostgreSql)
        {
            throw new InvalidOperationException(
                "Database:Provider is PostgreSql but ConnectionStrings:Trading is empty. Set ConnectionStrings__Trading."
            );
        }
        var dataFolder = DataFolder(configuration, environment);
        Directory.CreateDirectory(dataFolder);
        return $"Data Source={Path.Combine(dataFolder, "mexctrader.db")}";
    }

    public static string DataFolder(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var folder =
            configuration[$"{AppOptions.SectionName}:{nameof(AppOptions.DataFolder)}"] ?? new AppOptions().DataFolder;
        return Path.GetFullPath(folder, environment.ContentRootPath);
    }
}
