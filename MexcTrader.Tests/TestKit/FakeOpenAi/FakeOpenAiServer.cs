using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MexcTrader.Tests.TestKit.FakeOpenAi;

/// <summary>
/// An OpenAI-compatible server on real Kestrel (127.0.0.1, free port) for tests: POST /v1/chat/completions and the
/// Azure route /openai/deployments/{deployment}/chat/completions. Answers come from <see cref="Enqueue"/>d replies
/// first, then from <see cref="Script"/>; every request is counted and kept.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _queued = new();
    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();

    private FakeOpenAiServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The endpoint to configure for the OpenAI-compatible provider (the base including /v1).</summary>
    public Uri OpenAiEndpoint => new(BaseAddress, "v1");

    /// <summary>The answer when nothing is queued; by default an empty (malformed) JSON object.</summary>
    public Func<FakeChatRequest, FakeReply> Script { get; set; } = _ => FakeReply.Text("{}");

    public int RequestCount => _requests.Count;

    public IReadOnlyList<FakeChatRequest> Requests => [.. _requests];

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", (HttpContext http) => server.AnswerAsync(http, "openai", null));
        app.MapPost(
            "/openai/deployments/{deployment}/chat/completions",
            (HttpContext http, string deployment) => server.AnswerAsync(http, "azure", deployment)
        );
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.BaseAddress = new Uri(address.Addresses.First().TrimEnd('/') + "/");
        return server;
    }

    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _queued.Enqueue(reply);
        }
    }

    private async Task AnswerAsync(HttpContext http, string route, string? deployment)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var key =
            http.Request.Headers["api-key"].FirstOrDefault()
            ?? http.Request.Headers.Authorization.FirstOrDefault()?.Replace("Bearer ", "", StringComparison.Ordinal);
        var request = new FakeChatRequest(
            route,
            deployment,
            http.Request.Query["api-version"].FirstOrDefault(),
            key,
            body
        );
        _requests.Enqueue(request);
        var reply = _queued.TryDequeue(out var next) ? next : Script(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up (its timeout): nothing to answer
            }
        }
        http.Response.StatusCode = (int)reply.Status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(
            reply.RawBody ?? Completion(reply, request.Model ?? deployment ?? "fake"),
            http.RequestAborted
        );
    }

    private static string Completion(FakeReply reply, string model) =>
        JsonSerializer.Serialize(
            new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion",
                created = 1_700_000_000,
                model,
                choices = new[]
                {
                    new
                    {
                        index = 0,
                        message = new
                        {
                            role = "assistant",
                            content = reply.Content,
                            refusal = reply.Refusal,
                        },
                        finish_reason = reply.FinishReason,
                        logprobs = (object?)null,
                    },
                },
                usage = new
                {
                    prompt_tokens = reply.InputTokens,
                    completion_tokens = reply.OutputTokens,
                    total_tokens = reply.InputTokens + reply.OutputTokens,
                },
            }
        );

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
