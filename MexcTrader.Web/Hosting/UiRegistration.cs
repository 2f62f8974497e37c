using MexcTrader.Web.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MexcTrader.Web.Hosting;

/// <summary>Services of the Blazor UI: display preferences and upload limits.</summary>
internal static class UiRegistration
{
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        builder
            .Services.AddOptions<UiOptions>()
            .BindConfiguration(UiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var preferencesFile = Path.Combine(
            StorageRegistration.DataFolder(builder.Configuration, builder.Environment),
            "ui-preferences.json"
        );
        builder.Services.AddSingleton(_ => new UiPreferences(preferencesFile));
        // the import job registers it too; TryAdd keeps one tracker whichever runs first
        builder.Services.TryAddSingleton<ImportJobTracker>();
        return builder;
    }
}
