using MexcTrader.Core.Persistence;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Hosting.Secrets;

namespace MexcTrader.Web.Cli;

/// <summary>
/// The services of the web app without its server, for headless verbs: the same configuration (appsettings.json,
/// environment variables such as Database__Provider, ConnectionStrings__Trading, App__DataFolder) and the same
/// storage registration, with --provider/--connection laid on top. Nothing runs at start: no seeding, no jobs.
/// </summary>
internal static class CliHost
{
    /// <summary>The configured PostgreSQL connection string, when the configuration selects PostgreSQL.</summary>
    public static string? ConfiguredPostgresConnection()
    {
        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] }).Configuration;
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>();
        var connection = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return database?.Provider == StorageProvider.PostgreSql && !string.IsNullOrWhiteSpace(connection)
            ? connection
            : null;
    }

    /// <exception cref="InvalidOperationException">The configuration names no usable database.</exception>
    public static WebApplication Build(StorageProvider? provider, string? connection)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        var overrides = new Dictionary<string, string?> { ["App:SeedDemoData"] = "false" };
        if (provider is { } chosen)
        {
            var configured = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>();
            overrides[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"] = chosen.ToString();
            if (connection is null && (configured?.Provider ?? StorageProvider.Sqlite) != chosen)
            {
                // the configured connection string belongs to the other provider
                overrides[$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = "";
            }
        }
        if (connection is not null)
        {
            overrides[$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = connection;
        }
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddTradingStorage();
        builder.AddCandleHistory();
        builder.AddSecretStore();
        return builder.Build();
    }
}
