using System.Net;

namespace MexcTrader.Tests.TestKit.FakeOpenAi;

/// <summary>One scripted answer of the fake OpenAI server.</summary>
public sealed record FakeReply(
    HttpStatusCode Status,
    string? Content,
    string? Refusal = null,
    string FinishReason = "stop",
    TimeSpan Delay = default,
    int InputTokens = 1_000,
    int OutputTokens = 200,
    string? RawBody = null
)
{
    /// <summary>A normal answer whose message text is <paramref name="content"/>.</summary>
    public static FakeReply Text(string content) => new(HttpStatusCode.OK, content);

    public static FakeReply Refused(string why) => new(HttpStatusCode.OK, null, Refusal: why);

    /// <summary>Cut at the output limit: finish_reason "length" and half a JSON document.</summary>
    public static FakeReply Truncated(string content) =>
        new(HttpStatusCode.OK, content[..(content.Length / 2)], FinishReason: "length");

    public static FakeReply Error(HttpStatusCode status) =>
        new(
            status,
            null,
            RawBody: "{\"error\":{\"message\":\"scripted " + (int)status + "\",\"type\":\"server_error\"}}"
        );

    /// <summary>A 200 whose body is not a chat completion at all.</summary>
    public static FakeReply Garbage() => new(HttpStatusCode.OK, null, RawBody: "<html>proxy error</html>");

    public FakeReply After(TimeSpan delay) => this with { Delay = delay };
}
