namespace MexcTrader.Core.Decisions.Llm.Recording;

/// <summary>Where LLM calls are recorded: the database for runs that must be replayable later, memory for backtests.</summary>
public interface ILlmCallStore
{
    /// <summary>Stores the call and returns it with its id.</summary>
    Task<LlmCallRecord> AddAsync(LlmCallRecord record, CancellationToken cancellationToken);

    /// <summary>The earliest call with this input hash, or null.</summary>
    Task<LlmCallRecord?> FindByHashAsync(string inputHash, CancellationToken cancellationToken);

    Task<LlmCallRecord?> GetAsync(long id, CancellationToken cancellationToken);

    Task<LlmCallPage> QueryAsync(LlmCallQuery query, CancellationToken cancellationToken);

    /// <summary>Cost of the calls made since a time (the day's spend after a restart).</summary>
    Task<decimal> SpentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
