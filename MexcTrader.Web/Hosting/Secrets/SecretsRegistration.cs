using MexcTrader.Core.Secrets;
using Microsoft.AspNetCore.DataProtection;

namespace MexcTrader.Web.Hosting.Secrets;

/// <summary>Data Protection with its key ring in the data folder (not in the database beside the values it guards).</summary>
public static class SecretsRegistration
{
    public const string ApplicationName = "MexcTrader";

    public static WebApplicationBuilder AddSecretStore(this WebApplicationBuilder builder)
    {
        var keys = Path.Combine(StorageRegistration.DataFolder(builder.Configuration, builder.Environment), "keys");
        builder
            .Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddSingleton<ISecretStore, DataProtectionSecretStore>();
        return builder;
    }
}
