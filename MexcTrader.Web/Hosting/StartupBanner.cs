using MexcTrader.Core.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MexcTrader.Web.Hosting;

/// <summary>Tells the trader, once the server listens, where to open the app and which database it uses.</summary>
internal static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
            var storage = app.Services.GetRequiredService<StorageConnection>();
            var urls = addresses is { Addresses.Count: > 0 } ? string.Join(", ", addresses.Addresses) : "(no address)";
            Console.WriteLine($"MexcTrader is running at {urls}  (database: {storage.Provider}; Ctrl+C stops it)");
        });
    }
}
