using MexcTrader.Core.Execution.Store;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using MexcTrader.Web.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MexcTrader.Web.Hosting;

/// <summary>The trading engine: validated options, status and controls, the risk module it steers, the host.</summary>
internal static class EngineRegistration
{
    public static WebApplicationBuilder AddTradingEngine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services
            .AddOptions<EngineOptions>()
            .BindConfiguration(EngineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // the settings store replaces the defaults with the trader's limits once it is registered
        services.TryAddSingleton(sp => new RiskModule(new RiskSettings(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CashPortfolio>();
        services.TryAddSingleton<IExecutionStore>(sp => new ExecutionStore(
            sp.GetRequiredService<IDbContextFactory<TradingDbContext>>()
        ));
        services.AddSingleton<EngineExecution>();
        services.AddSingleton(sp => new EngineStatus(
            sp.GetRequiredService<IOptions<EngineOptions>>().Value.Mode,
            sp.GetRequiredService<CashPortfolio>().View()
        ));
        services.AddSingleton<EngineControl>();
        services.AddSingleton<EngineServices>();
        services.AddHostedService<EngineHost>();
        return builder;
    }
}
