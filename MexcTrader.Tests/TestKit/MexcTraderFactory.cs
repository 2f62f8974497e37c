using MexcTrader.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MexcTrader.Tests.TestKit;

/// <summary>
/// The real web host on a throwaway database. With <paramref name="useKestrel"/> it listens on a free loopback
/// port (for Playwright); otherwise requests go through the in-memory test server.
/// </summary>
public class MexcTraderFactory(
    StorageProvider provider = StorageProvider.Sqlite,
    string? connectionString = null,
    bool seedDemoData = false,
    bool useKestrel = false
) : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("mexctrader-web-");

    public string DataFolder => _dataFolder.FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("App:DataFolder", _dataFolder.FullName);
        builder.UseSetting("App:SeedDemoData", seedDemoData ? "true" : "false");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Trading", connectionString ?? "");
        // the demo engine starts with the app; tests that want it running (Integration/Engine) switch it back on
        builder.UseSetting("Engine:AutoStart", "false");
        if (useKestrel)
        {
            this.UseKestrel(0);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                _dataFolder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // a file still held open by a background thread; the temp folder is cleaned by the OS later
            }
        }
    }
}
