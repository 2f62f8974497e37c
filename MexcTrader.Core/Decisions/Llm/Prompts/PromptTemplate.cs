namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>A versioned system prompt. Versions are never edited in place: a change is a new version.</summary>
public sealed record PromptTemplate(string Id, int Version, string Text, DateTimeOffset CreatedAt)
{
    public const int MaxTextLength = 20_000;

    /// <summary>The form stored with each decision and call, such as <c>decision@v3</c>.</summary>
    public string Label => $"{Id}@v{Version}";
}
