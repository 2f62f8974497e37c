using System.Net.Http.Json;
using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.TestKit.FakeOpenAi;
using MexcTrader.Web.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>The engine as the host wires it: options from configuration, the key from the encrypted store, calls in the database.</summary>
public sealed class LlmHostTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task HostedEngine_UsesTheStoredKeyAndRecordsTheCallForTheApi()
    {
        _server.Script = FakeAnswers.BuyFirst;
        using var factory = new LlmHostFactory(_server.OpenAiEndpoint);
        using var client = factory.CreateClient();
        await client.PutAsJsonAsync("/api/v1/secrets/llm-api-key", new SetSecretRequest(LlmKit.ApiKey));
        var sut = factory.Services.GetRequiredService<LlmDecisionEngine>();

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);
        var calls = await (
            await client.GetAsync($"/api/v1/llm/calls?cycleId={cycle.CycleId}")
        ).ReadAsync<LlmCallPageDto>();

        Assert.Equal(LlmKit.ApiKey, Assert.Single(_server.Requests).ApiKey);
        Assert.Equal(DecisionAction.Buy, cycle.Decisions[0].Action);
        var call = Assert.Single(calls.Items);
        Assert.Equal((LlmRejections.Ok, LlmKit.Model, "decision@v1"), (call.Outcome, call.Model, call.PromptVersion));
    }

    [Fact]
    public async Task HostedEngine_WithoutAStoredKey_HoldsAndSaysSo()
    {
        using var factory = new LlmHostFactory(_server.OpenAiEndpoint);
        var sut = factory.Services.GetRequiredService<LlmDecisionEngine>();

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal(0, _server.RequestCount);
        Assert.Equal(LlmRejections.NoApiKey, Assert.Single(cycle.Rejections).Code);
    }

    private sealed class LlmHostFactory(Uri endpoint) : MexcTraderFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Llm:Enabled", "true");
            builder.UseSetting("Llm:Endpoint", endpoint.ToString());
            builder.UseSetting("Llm:Model", LlmKit.Model);
            builder.UseSetting($"Llm:Models:{LlmKit.Model}:InputPricePer1K", "0.01");
            builder.UseSetting($"Llm:Models:{LlmKit.Model}:OutputPricePer1K", "0.03");
        }
    }
}
