namespace MexcTrader.Web.Jobs;

/// <summary>An upload went past the configured size limit; nothing was kept or queued.</summary>
public sealed class UploadTooLargeException(long maxBytes)
    : IOException($"The file is larger than the {maxBytes / (1024 * 1024)} MB upload limit (Jobs:MaxUploadBytes).")
{
    public long MaxBytes { get; } = maxBytes;
}
