using System.Text.Json.Serialization;
using MexcTrader.Core.MarketData;
using MexcTrader.Web.Api;
using MexcTrader.Web.Jobs;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace MexcTrader.Web.Hosting;

/// <summary>The REST API under /api/v1, its OpenAPI document (/openapi/v1.json) and reference page (/scalar).</summary>
internal static class ApiRegistration
{
    public const string Prefix = "/api/v1";

    public static WebApplicationBuilder AddTradingApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TradingPairService>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new UtcInstantConverter());
        });
        builder.Services.AddProblemDetails();
        // Malformed bodies become 400 problem details rather than exceptions on the developer page.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapTradingApi(this WebApplication app)
    {
        // empty error responses under /api (bad JSON, unknown route) get a problem-details body
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Prefix), a => a.UseStatusCodePages());
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("MexcTrader API"));
        var api = app.MapGroup(Prefix);
        api.MapPairs();
        api.MapCandles();
        api.MapHistory();
        api.MapDownloads();
        api.MapSignals();
        api.MapImports(app.Services.GetRequiredService<IOptions<JobsOptions>>().Value);
        api.MapLlm();
        api.MapSecrets();
        api.MapEngine();
        api.MapDecisions();
        api.MapSettings();
        return app;
    }
}
