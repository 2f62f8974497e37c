using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace MexcTrader.Web.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide: the last host to start sets it. When that host stops first (several hosts
/// in one test run), its disposed logger factory must not break the others, so such loggers fall silent instead.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) =>
            false;
    }
}
