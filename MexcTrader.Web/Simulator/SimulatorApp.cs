using System.Text.Json.Serialization;
using MexcTrader.Core.Exchange.Simulated;

namespace MexcTrader.Web.Simulator;

/// <summary>The simulator's own small web app: MEXC's REST paths under /api/v3, the fault switch under /_sim.</summary>
internal static class SimulatorApp
{
    public static WebApplication Build(
        WireSimulatorOptions options,
        SimulatedExchange exchange,
        MarketReplay replay,
        FaultInjector faults
    )
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // wire names are written exactly as MEXC spells them (aggTrades has both "m" and "M")
            o.SerializerOptions.PropertyNamingPolicy = null;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton(options.WallClock);
        builder.Services.AddSingleton(
            new WebSocket.SimulatorSockets(exchange, replay, options.WallClock, options.Seed)
        );
        var app = builder.Build();
        app.UseMiddleware<FaultMiddleware>();

        var api = app.MapGroup("/api/v3");
        MarketEndpoints.Map(api, exchange, options);
        TickerEndpoints.Map(api, exchange);
        var signed = new SignedRoutes(api, new RequestAuthenticator(options));
        TradingEndpoints.Map(signed, exchange);
        var listenKeys = new ListenKeys(options.WallClock);
        AccountEndpoints.Map(signed, exchange, listenKeys, options);
        WebSocket.WebSocketEndpoint.Map(app, app.Services.GetRequiredService<WebSocket.SimulatorSockets>(), listenKeys);
        var admin = app.MapGroup("/_sim");
        FaultEndpoints.Map(admin, faults);
        admin.MapGet("/status", () => Results.Json(SimulatorStatus.Of(exchange, replay)));
        // unknown paths answer like MEXC's gateway: a JSON 404, not an empty page
        app.MapFallback(() =>
            Results.Json(new { code = 404, msg = "Not Found" }, statusCode: StatusCodes.Status404NotFound)
        );
        return app;
    }
}
