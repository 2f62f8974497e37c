using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Web.Hosting;

/// <summary>Host-level settings (section "App").</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>Folder for the SQLite database and uploads; relative paths are under the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>Load the bundled sample candles on first start (demo mode).</summary>
    public bool SeedDemoData { get; set; } = true;
}
