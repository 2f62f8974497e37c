namespace MexcTrader.Core.Decisions.Llm.Recording;

/// <summary>Calls recorded in memory: backtests and what-if runs that need no history of their own.</summary>
public sealed class InMemoryLlmCallStore : ILlmCallStore
{
    private readonly Lock _gate = new();
    private readonly List<LlmCallRecord> _calls = [];

    public Task<LlmCallRecord> AddAsync(LlmCallRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            record.Id = _calls.Count + 1;
            _calls.Add(record);
            return Task.FromResult(record);
        }
    }

    public Task<LlmCallRecord?> FindByHashAsync(string inputHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_calls.FirstOrDefault(c => c.InputHash == inputHash));
        }
    }

    public Task<LlmCallRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_calls.FirstOrDefault(c => c.Id == id));
        }
    }

    public Task<LlmCallPage> QueryAsync(LlmCallQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var rows = LlmCallFilter.Apply(_calls.AsQueryable(), query).Take(query.Limit + 1).ToList();
            return Task.FromResult(LlmCallFilter.Page(rows, query.Limit));
        }
    }

    public Task<decimal> SpentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_calls.Where(c => c.CreatedAt >= since).Sum(c => c.CostUsd));
        }
    }
}
