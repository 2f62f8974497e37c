using System.Net;
using System.Net.Http.Json;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Tests.TestKit;
using MexcTrader.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>/api/v1/llm and /api/v1/secrets on the real host (SQLite).</summary>
public sealed class LlmApiTests : IDisposable
{
    private readonly ApiFactory _factory = new();
    private readonly HttpClient _client;

    public LlmApiTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Calls_ListFilterPageAndGetOne()
    {
        var store = _factory.Services.GetRequiredService<ILlmCallStore>();
        for (var i = 1; i <= 5; i++)
        {
            await store.AddAsync(
                Call(cycle: 100 + i % 2, outcome: i == 3 ? LlmRejections.Refusal : LlmRejections.Ok),
                CancellationToken.None
            );
        }

        var firstPage = await (await _client.GetAsync("/api/v1/llm/calls?limit=2")).ReadAsync<LlmCallPageDto>();
        var secondPage = await (
            await _client.GetAsync($"/api/v1/llm/calls?limit=2&before={firstPage.Next}")
        ).ReadAsync<LlmCallPageDto>();
        var refused = await (
            await _client.GetAsync("/api/v1/llm/calls?outcome=llm.refusal")
        ).ReadAsync<LlmCallPageDto>();
        var cycle = await (await _client.GetAsync("/api/v1/llm/calls?cycleId=100")).ReadAsync<LlmCallPageDto>();
        var one = await (await _client.GetAsync($"/api/v1/llm/calls/{refused.Items[0].Id}")).ReadAsync<LlmCallDto>();

        Assert.Equal([5L, 4L], firstPage.Items.Select(c => c.Id));
        Assert.Equal(4L, firstPage.Next);
        Assert.Equal([3L, 2L], secondPage.Items.Select(c => c.Id));
        Assert.Equal(3L, Assert.Single(refused.Items).Id);
        Assert.Equal([4L, 2L], cycle.Items.Select(c => c.Id));
        Assert.Equal(("[{\"role\":\"user\",\"content\":\"hi\"}]", "{}"), (one.Request, one.Response));
        Assert.Equal(0.0125m, one.Call.CostUsd);
    }

    [Fact]
    public async Task Calls_UnknownIdOrBadQuery_ReturnProblems()
    {
        var missing = await _client.GetAsync("/api/v1/llm/calls/999");
        var bad = await _client.GetAsync("/api/v1/llm/calls?cycleId=abc&limit=0&from=yesterday");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = await bad.ReadFieldErrorsAsync();
        Assert.Equal(["cycleId", "from", "limit"], errors.Keys.Order());
    }

    [Fact]
    public async Task Health_IsClosedAndResetAnswersWithTheStatus()
    {
        var health = await (await _client.GetAsync("/api/v1/llm/health")).ReadAsync<LlmHealthDto>();
        var reset = await _client.PostAsync("/api/v1/llm/health/reset", null);

        Assert.False(health.Enabled); // appsettings ships the LLM switched off
        Assert.False(health.BreakerOpen);
        Assert.Equal(5m, health.DailyBudgetUsd);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
    }

    [Fact]
    public async Task Prompts_SaveMakesANewActiveVersion_EmptyTextIsRefused()
    {
        var saved = await _client.PutAsJsonAsync("/api/v1/llm/prompts/decision", new SavePromptRequest("Decide well."));
        var empty = await _client.PutAsJsonAsync("/api/v1/llm/prompts/decision", new SavePromptRequest(" "));
        var versions = await (await _client.GetAsync("/api/v1/llm/prompts/decision")).ReadAsync<PromptDto[]>();
        var unknown = await _client.GetAsync("/api/v1/llm/prompts/nope");

        Assert.Equal("decision@v2", (await saved.ReadAsync<PromptDto>()).Label);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal("Decide well.", versions[0].Text);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Secrets_AreNeverReturnedInFull()
    {
        const string value = "sk-live-verysecretvalue-4242";

        var put = await _client.PutAsJsonAsync("/api/v1/secrets/llm-api-key", new SetSecretRequest(value));
        var list = await _client.GetAsync("/api/v1/secrets");
        var badName = await _client.PutAsJsonAsync("/api/v1/secrets/Bad Name", new SetSecretRequest(value));
        var delete = await _client.DeleteAsync("/api/v1/secrets/llm-api-key");
        var deleteAgain = await _client.DeleteAsync("/api/v1/secrets/llm-api-key");

        var putBody = await put.Content.ReadAsStringAsync();
        var listBody = await list.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.DoesNotContain(value, putBody, StringComparison.Ordinal);
        Assert.DoesNotContain("verysecret", listBody, StringComparison.Ordinal);
        Assert.Contains("sk-…4242", listBody, StringComparison.Ordinal);
        Assert.Contains("name", (await badName.ReadFieldErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
    }

    private static LlmCallRecord Call(long cycle, string outcome) =>
        new()
        {
            CycleId = cycle,
            Attempt = 1,
            CreatedAt = LlmKit.Time,
            InputHash = new string('a', 64),
            Provider = "OpenAICompatible",
            Model = LlmKit.Model,
            PromptVersion = "decision@v1",
            Request = "[{\"role\":\"user\",\"content\":\"hi\"}]",
            Response = "{}",
            InputTokens = 1_000,
            OutputTokens = 100,
            CostUsd = 0.0125m,
            Outcome = outcome,
        };
}
