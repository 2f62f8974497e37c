using MexcTrader.Core.MarketData.History.Import;
using MexcTrader.Core.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Hosting;

/// <summary>Candle history services: the file importer, the provider's bulk loader and (in demo mode) the sample seeder.</summary>
internal static class HistoryRegistration
{
    public static WebApplicationBuilder AddCandleHistory(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp =>
            CandleBulkLoaders.For(
                sp.GetRequiredService<StorageConnection>(),
                sp.GetRequiredService<IOptions<DatabaseOptions>>().Value
            )
        );
        builder.Services.TryAddSingleton<ICandleImporter, CandleImporter>();
        var seedDemoData = builder.Configuration.GetValue(
            $"{AppOptions.SectionName}:{nameof(AppOptions.SeedDemoData)}",
            new AppOptions().SeedDemoData
        );
        if (seedDemoData)
        {
            builder.Services.AddSingleton<IStartupSeeder, DemoDataSeeder>();
        }
        return builder;
    }
}
