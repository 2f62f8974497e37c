namespace MexcTrader.Web.Engine;

/// <summary>The running session's execution layer for the pages and the API; null while the engine is not running.</summary>
public sealed class EngineExecution
{
    private SessionExecution? _current;

    public SessionExecution? Current => Volatile.Read(ref _current);

    internal void Set(SessionExecution? execution) => Volatile.Write(ref _current, execution);
}
