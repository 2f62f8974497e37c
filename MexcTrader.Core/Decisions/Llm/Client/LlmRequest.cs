namespace MexcTrader.Core.Decisions.Llm.Client;

/// <summary>One chat completion as the engine asks for it; everything that decides the answer, hence the input hash.</summary>
/// <param name="Messages">The conversation in order (system first); never holds a key.</param>
/// <param name="SchemaName">Name of the structured-output schema; <paramref name="Schema"/> is its JSON text.</param>
public sealed record LlmRequest(
    string Model,
    double Temperature,
    int MaxOutputTokens,
    IReadOnlyList<LlmMessage> Messages,
    string SchemaName,
    string Schema
);

/// <summary>One chat message.</summary>
public sealed record LlmMessage(LlmRole Role, string Content);

/// <summary>Who speaks a message.</summary>
public enum LlmRole
{
    System,
    User,
    Assistant,
}
