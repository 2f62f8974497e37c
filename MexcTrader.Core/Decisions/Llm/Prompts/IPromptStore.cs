using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>Versioned prompts, editable from the UI: the newest version of an id is the active one.</summary>
public interface IPromptStore
{
    /// <summary>The newest stored version, or the shipped default when none was saved.</summary>
    Task<PromptTemplate> GetActiveAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every version of an id, newest first, the shipped default last.</summary>
    Task<IReadOnlyList<PromptTemplate>> ListVersionsAsync(string id, CancellationToken cancellationToken);

    /// <summary>Saves the text as the next version; <see cref="PromptFailures"/> on empty or oversized text.</summary>
    Task<Result<PromptTemplate>> SaveAsync(string id, string text, CancellationToken cancellationToken);
}
