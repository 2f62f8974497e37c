using System.Data.Common;
using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using MexcTrader.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Web.Cli;

/// <summary>Where `download` and `gaps` read and write: the database options and the exchange's REST root.</summary>
internal sealed record HistoryCliTarget(StorageProvider? Provider, string? Connection, string? ExchangeUrl);

/// <summary>The storage (migrated) and the MEXC client that `download` and `gaps` share, built from the app's configuration.</summary>
internal sealed class HistoryCliServices(WebApplication host, ServiceProvider exchange) : IAsyncDisposable
{
    public GapDetector Detector { get; } = new(host.Services.GetRequiredService<IDbContextFactory<TradingDbContext>>());

    public GapFiller Filler =>
        new(
            new MexcKlineSource(exchange.GetRequiredService<MexcRestClient>()),
            host.Services.GetRequiredService<ICandleBulkLoader>(),
            Detector
        );

    public static async Task<(HistoryCliServices? Services, int ExitCode)> OpenAsync(
        string verb,
        HistoryCliTarget target,
        TextWriter error,
        CancellationToken ct
    )
    {
        WebApplication host;
        try
        {
            host = CliHost.Build(target.Provider, target.Connection);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            await error.WriteLineAsync($"{verb}: {e.Message}").ConfigureAwait(false);
            return (null, CliExitCodes.BadArguments);
        }
        try
        {
            var contexts = host.Services.GetRequiredService<IDbContextFactory<TradingDbContext>>();
            await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
            await StoreSchema.ApplyAsync(db, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException)
        {
            await host.DisposeAsync().ConfigureAwait(false);
            await error.WriteLineAsync($"{verb}: cannot open the database: {e.Message}").ConfigureAwait(false);
            return (null, e is ArgumentException ? CliExitCodes.BadArguments : CliExitCodes.StorageFailed);
        }
        var configuration = new ConfigurationBuilder().AddConfiguration(host.Configuration);
        if (target.ExchangeUrl is { } url)
        {
            configuration.AddInMemoryCollection(
                new Dictionary<string, string?> { [$"{MexcOptions.SectionName}:RestBaseUrl"] = url }
            );
        }
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration.Build()).AddLogging();
        services.AddMexcClient();
        return (new HistoryCliServices(host, services.BuildServiceProvider()), CliExitCodes.Ok);
    }

    public async ValueTask DisposeAsync()
    {
        await exchange.DisposeAsync().ConfigureAwait(false);
        await host.DisposeAsync().ConfigureAwait(false);
    }
}
