using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Web.Hosting;

/// <summary>Settings of the web UI (section "Ui").</summary>
public sealed class UiOptions
{
    public const string SectionName = "Ui";

    /// <summary>Largest candle file the Settings → Data page accepts; a year of 1m candles as CSV is ~40 MB.</summary>
    [Range(1, 4096)]
    public int MaxUploadMegabytes { get; set; } = 256;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
