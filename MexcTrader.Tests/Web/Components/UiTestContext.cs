using Bunit;
using Hangfire;
using Hangfire.InMemory;
using MexcTrader.Core.MarketData;
using MexcTrader.Core.MarketData.History;
using MexcTrader.Core.MarketData.Tradable;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Hosting;
using MexcTrader.Web.Jobs;
using MexcTrader.Web.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace MexcTrader.Tests.Web.Components;

/// <summary>A bUnit context set up as MudBlazor tests its own components, with the UI's real services.</summary>
public static class UiTestContext
{
    public static BunitContext Create(
        TestDatabase? database = null,
        UiOptions? options = null,
        UiPreferences? preferences = null,
        Action<IServiceCollection>? services = null
    )
    {
        // pages read a real database; on 2 busy cores (and PostgreSQL) the first read can take seconds
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
        ctx.Services.AddLogging();
        ctx.Services.AddSingleton(Options.Create(options ?? new UiOptions()));
        ctx.Services.AddSingleton(preferences ?? new UiPreferences());
        ctx.Services.AddSingleton<ImportJobTracker>();
        if (database is not null)
        {
            ctx.Services.AddSingleton(new CandleReader(database.ContextFactory));
            ctx.Services.AddSingleton(database.ContextFactory);
            ctx.Services.AddSingleton(TimeProvider.System);
            ctx.Services.AddSingleton<ITradableSymbols, TestTradableSymbols>();
            ctx.Services.AddSingleton<TradingPairService>();
            ctx.Services.AddSingleton(SignalAgentCatalog.Default);
            ctx.Services.AddSingleton<AgentSettingsService>();
            ctx.Services.AddSingleton<SignalStore>();
            // jobs are queued in memory and never run: component tests see them Queued
            ctx.Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(new InMemoryStorage()));
            ctx.Services.AddSingleton<DownloadJobTracker>();
            ctx.Services.AddSingleton<DownloadJobLauncher>();
        }
        services?.Invoke(ctx.Services);
        // what a connected circuit reports (the layout shows it); this resolves services, so it comes last
        ctx.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        return ctx;
    }
}
