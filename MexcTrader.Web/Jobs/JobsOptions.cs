using System.ComponentModel.DataAnnotations;

namespace MexcTrader.Web.Jobs;

/// <summary>Background job settings (section "Jobs").</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Largest candle file accepted for import, in bytes (200 MB by default).</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Hangfire workers in this process.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; set; } = 4;
}
