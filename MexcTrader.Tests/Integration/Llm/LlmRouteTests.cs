using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Core.Domain;
using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.TestKit.FakeOpenAi;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>The real Azure.AI.OpenAI and OpenAI clients over real HTTP against the fake server.</summary>
public sealed class LlmRouteTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DecideAsync_OpenAiCompatibleRoute_ReturnsTheModelsDecisionsAndRecordsTheCall()
    {
        _server.Script = FakeAnswers.BuyFirst;
        var calls = new InMemoryLlmCallStore();
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), calls);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("openai", request.Route);
        Assert.Equal(LlmKit.Model, request.Model);
        Assert.Equal(LlmKit.ApiKey, request.ApiKey);
        Assert.Equal("json_schema", request.ResponseFormat.GetProperty("type").GetString());
        Assert.True(request.ResponseFormat.GetProperty("json_schema").GetProperty("strict").GetBoolean());
        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT"], request.Pairs);
        Assert.Empty(cycle.Rejections);
        Assert.Equal("llm", cycle.EngineId);
        var btc = cycle.Decisions[0];
        Assert.Equal(
            (new Symbol("BTCUSDT"), DecisionAction.Buy, 0.2, 0.8),
            (btc.Symbol, btc.Action, btc.TargetWeight, btc.Confidence)
        );
        Assert.Equal(DecisionIds.For(cycle.CycleId, btc.Symbol), btc.Id);
        Assert.Equal(("decision@v1", LlmKit.Model), (btc.PromptVersion, btc.Model));
        Assert.Equal(DecisionAction.Hold, Assert.Single(btc.Alternatives).Action);
        Assert.All(cycle.Decisions.Skip(1), d => Assert.Equal(DecisionAction.Hold, d.Action));
        var recorded = Assert.Single((await calls.QueryAsync(new LlmCallQuery(), CancellationToken.None)).Items);
        Assert.Equal((LlmRejections.Ok, 1_000, 200), (recorded.Outcome, recorded.InputTokens, recorded.OutputTokens));
        Assert.Equal(0.016m, recorded.CostUsd); // 1000 × 0.01/1K + 200 × 0.03/1K
        Assert.Equal(cycle.CycleId, recorded.CycleId);
        Assert.Equal(64, recorded.InputHash.Length);
        Assert.DoesNotContain(LlmKit.ApiKey, recorded.Request, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmKit.ApiKey, request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_AzureRoute_CallsTheDeploymentWithApiKeyHeader()
    {
        _server.Script = FakeAnswers.BuyFirst;
        var (sut, _) = await LlmKit.EngineAsync(
            LlmKit.Options(_server.BaseAddress, LlmProvider.AzureOpenAI),
            new InMemoryLlmCallStore()
        );

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("azure", LlmKit.Model), (request.Route, request.Deployment));
        Assert.False(string.IsNullOrEmpty(request.ApiVersion));
        Assert.Equal(LlmKit.ApiKey, request.ApiKey);
        Assert.Empty(cycle.Rejections);
        Assert.Equal(DecisionAction.Buy, cycle.Decisions[0].Action);
    }
}
