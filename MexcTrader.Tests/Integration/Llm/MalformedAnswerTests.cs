using System.Net;
using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Core.Domain;
using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.TestKit.FakeOpenAi;
using static MexcTrader.Tests.TestKit.FakeOpenAi.FakeAnswers;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>Acceptance: every malformed-LLM case ends in a recorded rejection and no order (a HOLD for the pairs it touches).</summary>
public sealed class MalformedAnswerTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;
    private readonly InMemoryLlmCallStore _calls = new();

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string, int> WholeAnswerCases() =>
        new()
        {
            // case, expected code, requests made (1 + the bounded retry when retryable)
            { "malformed-json", LlmRejections.MalformedJson, 2 },
            { "not-the-schema", LlmRejections.MalformedJson, 2 },
            { "refusal", LlmRejections.Refusal, 1 },
            { "truncated", LlmRejections.Truncated, 2 },
            { "slow", LlmRejections.Timeout, 2 },
            { "http-429", LlmRejections.RateLimited, 2 },
            { "http-500", LlmRejections.HttpError, 2 },
            { "garbage-body", LlmRejections.BadResponse, 2 },
        };

    [Theory]
    [MemberData(nameof(WholeAnswerCases))]
    public async Task DecideAsync_WhenEveryAnswerIsBad_HoldsAllPairsAndRecordsTheRejection(
        string scripted,
        string code,
        int requests
    )
    {
        _server.Script = r => Scripted(scripted, r);
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), _calls);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal(requests, _server.RequestCount);
        Assert.Equal(3, cycle.Decisions.Count);
        Assert.All(cycle.Decisions, d => Assert.Equal(DecisionAction.Hold, d.Action));
        Assert.Equal(requests, cycle.Rejections.Count);
        Assert.All(cycle.Rejections, r => Assert.Equal((null, code), (r.Symbol, r.Code)));
        var recorded = (await _calls.QueryAsync(new LlmCallQuery(), CancellationToken.None)).Items;
        Assert.Equal(requests, recorded.Count);
        Assert.All(recorded, c => Assert.Equal(code, c.Outcome));
        Assert.Equal(Enumerable.Range(1, requests).Reverse(), recorded.Select(c => c.Attempt));
    }

    [Fact]
    public async Task DecideAsync_WhenTheEndpointIsUnreachable_HoldsAllWithAnHttpError()
    {
        await using var closed = await FakeOpenAiServer.StartAsync();
        var endpoint = closed.OpenAiEndpoint;
        await closed.DisposeAsync();
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(endpoint), _calls);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.All(cycle.Rejections, r => Assert.Equal(LlmRejections.HttpError, r.Code));
        Assert.Equal(2, cycle.Rejections.Count);
        Assert.DoesNotContain(cycle.Decisions, LlmKit.Trades);
    }

    [Fact]
    public async Task DecideAsync_WhenTheApiKeyIsNotStored_HoldsAllWithoutACall()
    {
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.ApiKeySecretName = "missing-key";
        var (sut, _) = await LlmKit.EngineAsync(options, _calls);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal(0, _server.RequestCount);
        Assert.Equal(LlmRejections.NoApiKey, Assert.Single(cycle.Rejections).Code);
        Assert.DoesNotContain(cycle.Decisions, LlmKit.Trades);
    }

    [Fact]
    public async Task DecideAsync_WhenRetryAnswersWell_UsesTheRetryAndShowsTheModelItsMistake()
    {
        _server.Enqueue(FakeReply.Text("{\"decisions\": [ {\"symbol\": \"BTCUSDT\","));
        _server.Script = BuyFirst;
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), _calls);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal(2, _server.RequestCount);
        Assert.Equal(DecisionAction.Buy, cycle.Decisions[0].Action);
        Assert.Equal(LlmRejections.MalformedJson, Assert.Single(cycle.Rejections).Code);
        var retry = _server.Requests[1].Messages;
        Assert.Equal(("assistant", "user"), (retry[^2].Role, retry[^1].Role));
        Assert.Contains(LlmRejections.MalformedJson, retry[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_WhenModelNamesUnknownSymbol_RejectsItAndKeepsTheOthers()
    {
        _server.Script = _ =>
            FakeReply.Text(
                Decisions(
                    new Item("DOGEUSDT", "buy", 0.5, 0.9),
                    new Item("BTCUSDT", "buy", 0.1, 0.7),
                    new Item("ETHUSDT", "hold", null, 0.5),
                    new Item("SOLUSDT", "hold", null, 0.5)
                )
            );
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), _calls);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        var rejection = Assert.Single(cycle.Rejections);
        Assert.Equal((null, LlmRejections.UnknownSymbol), (rejection.Symbol, rejection.Code));
        Assert.Contains("DOGEUSDT", rejection.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(cycle.Decisions, d => d.Symbol.Value == "DOGEUSDT");
        Assert.Equal(DecisionAction.Buy, cycle.Decisions.Single(d => d.Symbol.Value == "BTCUSDT").Action);
        Assert.Equal(1, _server.RequestCount);
    }

    public static TheoryData<string, string, double?, double> PerPairCases() =>
        new()
        {
            { LlmRejections.InvalidAction, "short", 0.2, 0.8 },
            { LlmRejections.InvalidAction, "BUY", 0.2, 0.8 },
            { LlmRejections.OutOfRange, "buy", 0.2, 1.7 },
            { LlmRejections.OutOfRange, "buy", 0.2, -0.1 },
            { LlmRejections.OutOfRange, "buy", 1.5, 0.8 },
            { LlmRejections.OutOfRange, "buy", -0.3, 0.8 },
        };

    [Theory]
    [MemberData(nameof(PerPairCases))]
    public async Task DecideAsync_WhenOneDecisionIsInvalid_HoldsThatPairWithItsCode(
        string code,
        string action,
        double? weight,
        double confidence
    )
    {
        _server.Script = _ =>
            FakeReply.Text(
                Decisions(
                    new Item("BTCUSDT", action, weight, confidence),
                    new Item("ETHUSDT", "close", null, 0.6),
                    new Item("SOLUSDT", "hold", null, 0.5)
                )
            );
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), _calls);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        var rejection = Assert.Single(cycle.Rejections);
        Assert.Equal((new Symbol("BTCUSDT"), code), (rejection.Symbol!.Value, rejection.Code));
        Assert.Equal(DecisionAction.Hold, cycle.Decisions.Single(d => d.Symbol.Value == "BTCUSDT").Action);
        Assert.Equal(DecisionAction.Close, cycle.Decisions.Single(d => d.Symbol.Value == "ETHUSDT").Action);
        var recorded = Assert.Single((await _calls.QueryAsync(new LlmCallQuery(), CancellationToken.None)).Items);
        Assert.Equal(LlmRejections.Ok, recorded.Outcome); // the answer was usable; one decision of it was refused
    }

    [Fact]
    public async Task DecideAsync_WhenAPairIsDecidedTwiceOrMissing_HoldsThosePairs()
    {
        _server.Script = _ =>
            FakeReply.Text(
                Decisions(
                    new Item("BTCUSDT", "buy", 0.2, 0.8),
                    new Item("BTCUSDT", "sell", 0.0, 0.8),
                    new Item("ETHUSDT", "hold", null, 0.5)
                )
            );
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), _calls);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal(
            [("BTCUSDT", LlmRejections.DuplicateSymbol), ("SOLUSDT", LlmRejections.MissingPair)],
            cycle.Rejections.Select(r => (r.Symbol!.Value.Value, r.Code))
        );
        Assert.DoesNotContain(cycle.Decisions, LlmKit.Trades);
    }

    private static FakeReply Scripted(string name, FakeChatRequest request) =>
        name switch
        {
            "malformed-json" => FakeReply.Text("{\"decisions\": [ {\"symbol\": \"BTCUSDT\", \"action\": \"buy\""),
            "not-the-schema" => FakeReply.Text("[\"buy BTCUSDT\"]"),
            "refusal" => FakeReply.Refused("I can't help with trading decisions."),
            "truncated" => FakeReply.Truncated(((FakeReply)BuyFirst(request)).Content!),
            "slow" => BuyFirst(request).After(TimeSpan.FromSeconds(5)),
            "http-429" => FakeReply.Error(HttpStatusCode.TooManyRequests),
            "http-500" => FakeReply.Error(HttpStatusCode.InternalServerError),
            "garbage-body" => FakeReply.Garbage(),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
}
