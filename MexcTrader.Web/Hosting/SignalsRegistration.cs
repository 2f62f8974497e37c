using MexcTrader.Core.Exchange.Mexc;
using MexcTrader.Core.MarketData.History.Download;
using MexcTrader.Core.MarketData.History.Gaps;
using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.MarketData.Tradable;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MexcTrader.Web.Hosting;

/// <summary>
/// Pairs, agents and signals: the tradable-pair check, per-pair agent settings, the signal store and recorder, and
/// history downloads from MEXC as jobs. With no "Mexc" configuration section the app is in demo mode and only the
/// bundled sample's pairs can be followed.
/// </summary>
internal static class SignalsRegistration
{
    public const string DemoSource = "the demo sample";

    public static WebApplicationBuilder AddPairsAndSignals(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        if (!services.Any(d => d.ServiceType == typeof(MexcRestClient)))
        {
            services.AddMexcClient();
        }
        if (builder.Configuration.GetSection(MexcOptions.SectionName).Exists())
        {
            services.TryAddSingleton<ITradableSymbols, MexcTradableSymbols>();
        }
        else
        {
            services.TryAddSingleton<ITradableSymbols>(
                new FixedTradableSymbols(DemoSource, DemoDataSeeder.Samples.Select(s => s.Symbol))
            );
        }
        services.TryAddSingleton(SignalAgentCatalog.Default);
        services.TryAddSingleton<AgentSettingsService>();
        services.TryAddSingleton<SignalStore>();
        services.TryAddSingleton<SignalRecorder>();
        services.TryAddSingleton(sp => new GapDetector(sp.GetRequiredService<IDbContextFactory<TradingDbContext>>()));
        services.TryAddTransient(sp => new GapFiller(
            new MexcKlineSource(sp.GetRequiredService<MexcRestClient>()),
            sp.GetRequiredService<ICandleBulkLoader>(),
            sp.GetRequiredService<GapDetector>()
        ));
        services.TryAddTransient<HistoryDownloader>();
        services.TryAddSingleton<DownloadJobTracker>();
        services.TryAddSingleton<DownloadJobLauncher>();
        return builder;
    }
}
