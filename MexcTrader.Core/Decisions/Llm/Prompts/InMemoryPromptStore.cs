using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>Prompts held in memory: backtests and what-if runs that try a prompt without storing it.</summary>
public sealed class InMemoryPromptStore(TimeProvider clock) : IPromptStore
{
    private readonly Lock _gate = new();
    private readonly List<PromptTemplate> _saved = [];

    public Task<PromptTemplate> GetActiveAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var newest = _saved.Where(p => p.Id == id).MaxBy(p => p.Version);
            return Task.FromResult(
                newest
                    ?? PromptFailures.Shipped(id)
                    ?? throw new ArgumentException($"Unknown prompt '{id}'.", nameof(id))
            );
        }
    }

    public Task<IReadOnlyList<PromptTemplate>> ListVersionsAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PromptTemplate> versions =
            [
                .. _saved.Where(p => p.Id == id).OrderByDescending(p => p.Version),
                .. PromptFailures.Shipped(id) is { } shipped ? [shipped] : Array.Empty<PromptTemplate>(),
            ];
            return Task.FromResult(versions);
        }
    }

    public Task<Result<PromptTemplate>> SaveAsync(string id, string text, CancellationToken cancellationToken)
    {
        if (PromptFailures.Check(id, text) is { } failure)
        {
            return Task.FromResult(Result.Fail<PromptTemplate>(failure));
        }
        lock (_gate)
        {
            var next =
                Math.Max(
                    DefaultPrompts.Decision.Version,
                    _saved.Where(p => p.Id == id).Select(p => p.Version).DefaultIfEmpty().Max()
                ) + 1;
            var saved = new PromptTemplate(id, next, text, clock.GetUtcNow());
            _saved.Add(saved);
            return Task.FromResult(Result.Ok(saved));
        }
    }
}
