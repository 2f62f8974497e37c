using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Web;
using Microsoft.Extensions.Time.Testing;

namespace MexcTrader.Tests.Core.Exchange.Mexc;

/// <summary>One request as the fake exchange saw it, with the fake-clock time it arrived.</summary>
public sealed record SeenRequest(HttpMethod Method, string Path, string Query, DateTimeOffset At, string? ApiKey)
{
    public string? this[string name] => HttpUtility.ParseQueryString(Query)[name];
}

/// <summary>A scripted MEXC: answers by method and path, records every request, never touches the network.</summary>
public sealed class FakeMexcServer(FakeTimeProvider time) : HttpMessageHandler
{
    private readonly ConcurrentQueue<SeenRequest> _seen = new();

    public Func<SeenRequest, HttpResponseMessage>? Respond { get; set; }

    public IReadOnlyList<SeenRequest> Seen => [.. _seen];

    public IReadOnlyList<SeenRequest> SeenAt(string path) => [.. _seen.Where(r => r.Path == path)];

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var uri = request.RequestUri!;
        var seen = new SeenRequest(
            request.Method,
            uri.AbsolutePath,
            uri.Query.TrimStart('?'),
            time.GetUtcNow(),
            request.Headers.TryGetValues("X-MEXC-APIKEY", out var keys) ? keys.Single() : null
        );
        _seen.Enqueue(seen);
        if (seen.Path == "/api/v3/time" && Respond is null)
        {
            return Task.FromResult(Json($"{{\"serverTime\":{time.GetUtcNow().ToUnixTimeMilliseconds()}}}"));
        }
        var response = Respond?.Invoke(seen) ?? Json("{}");
        response.RequestMessage = request;
        return Task.FromResult(response);
    }

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public HttpResponseMessage ServerTime() => Json($"{{\"serverTime\":{time.GetUtcNow().ToUnixTimeMilliseconds()}}}");
}
