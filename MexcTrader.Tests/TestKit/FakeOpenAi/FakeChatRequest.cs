using System.Text.Json;

namespace MexcTrader.Tests.TestKit.FakeOpenAi;

/// <summary>One chat-completion request as the fake server received it.</summary>
/// <param name="Route">"openai" (/v1/chat/completions) or "azure" (/openai/deployments/{d}/chat/completions).</param>
public sealed record FakeChatRequest(string Route, string? Deployment, string? ApiVersion, string? ApiKey, string Body)
{
    private JsonElement Root => JsonDocument.Parse(Body).RootElement;

    public string? Model => Root.TryGetProperty("model", out var m) ? m.GetString() : null;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        [
            .. Root.GetProperty("messages")
                .EnumerateArray()
                .Select(m => (m.GetProperty("role").GetString()!, ContentOf(m.GetProperty("content")))),
        ];

    /// <summary>The snapshot JSON the engine sent (the first user message).</summary>
    public JsonElement Snapshot => JsonDocument.Parse(Messages.First(m => m.Role == "user").Content).RootElement;

    /// <summary>The pair names the prompt gave the model, in order.</summary>
    public IReadOnlyList<string> Pairs =>
        [.. Snapshot.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("pair").GetString()!)];

    public JsonElement ResponseFormat => Root.GetProperty("response_format");

    // the SDK sends content either as a string or as an array of text parts
    private static string ContentOf(JsonElement content) =>
        content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
}
