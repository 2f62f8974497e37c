using MexcTrader.Web.Components;
using MudBlazor.Services;

namespace MexcTrader.Web.Hosting;

/// <summary>Builds the web host: storage, jobs, API and the Blazor UI. Each area registers itself in its own extension.</summary>
public static class WebAppBuilder
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddTradingStorage();
        builder.AddCandleHistory();
        builder.AddLlmDecisions();
        builder.AddDecisionJournal();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.AddWebUi();

        builder.AddTradingJobs();
        builder.AddPairsAndSignals();
        builder.AddTradingApi();
        builder.AddTradingHealth();
        builder.AddTradingEngine();
        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapTradingJobs();
        app.MapTradingApi();
        app.MapTradingHealth();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        StartupBanner.PrintWhenStarted(app);
        return app;
    }
}
