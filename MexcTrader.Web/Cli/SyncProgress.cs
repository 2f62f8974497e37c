namespace MexcTrader.Web.Cli;

/// <summary>Calls back on the reporting thread, in order (unlike <see cref="Progress{T}"/>, which posts).</summary>
internal sealed class SyncProgress<T>(Action<T> onReport) : IProgress<T>
{
    public void Report(T value) => onReport(value);
}
