using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals.Storage;

/// <summary>Which stored signals to read: optional pair, agent and time range [From, To), one page, newest first.</summary>
public sealed record SignalQuery(
    Symbol? Symbol = null,
    string? AgentId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = SignalQuery.DefaultPageSize
)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}

/// <summary>One page of stored signals, newest first.</summary>
public sealed record SignalPage(IReadOnlyList<StoredSignal> Items, int Page, int PageSize, long Total)
{
    public int TotalPages => Total == 0 ? 0 : (int)((Total + PageSize - 1) / PageSize);
}

/// <summary>A signal read back from the store, with its agent's parameters and (once scored) its outcome.</summary>
public sealed record StoredSignal(long Id, Signal Signal, string ParametersJson, StoredOutcome? Outcome);

/// <summary>How a stored signal turned out; <paramref name="Hit"/> is null for a neutral signal.</summary>
public sealed record StoredOutcome(double EntryPrice, double ExitPrice, double Return, bool? Hit);

/// <summary>A signal to store with the parameters of the agent instance that formed it.</summary>
public sealed record SignalEntry(Signal Signal, object? Parameters);
