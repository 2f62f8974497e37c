using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Engines;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Health;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.TestKit.FakeOpenAi;
using Microsoft.Extensions.Time.Testing;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>Budget, latency and failure-rate breakers over real calls, and the switch to the fallback engine.</summary>
public sealed class BreakerTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DecideAsync_WhenTheCallWouldPassTheBudget_RejectsWithoutCallingUntilTheUtcDayChanges()
    {
        _server.Script = FakeAnswers.BuyFirst;
        var clock = new FakeTimeProvider(LlmKit.Time.AddHours(10));
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.DailyBudgetUsd = 0.005m; // a call is estimated above 0.06 USD (2000 output tokens at 0.03/1K)
        var (sut, health) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore(), clock);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);
        var tripped = health.Check();
        clock.Advance(TimeSpan.FromHours(14));
        var nextDay = health.Check();

        Assert.Equal(0, _server.RequestCount);
        Assert.Equal(LlmRejections.BudgetExceeded, Assert.Single(cycle.Rejections).Code);
        Assert.DoesNotContain(cycle.Decisions, LlmKit.Trades);
        Assert.Equal(LlmBreakerCodes.Budget, tripped.Code);
        Assert.True(nextDay.IsAvailable);
    }

    [Fact]
    public async Task DecideAsync_SpendAddsUpToTheBudget_ThenTheBreakerOpens()
    {
        _server.Script = FakeAnswers.BuyFirst;
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.MaxOutputTokens = 100;
        options.DailyBudgetUsd = 0.03m; // each answer costs 0.016 USD
        var (llm, health) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore());
        var fallback = new StubDecisionEngine();
        var sut = new FallbackDecisionEngine(llm, fallback, health);

        var first = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time), CancellationToken.None);
        var second = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time.AddHours(1)), CancellationToken.None);
        var third = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time.AddHours(2)), CancellationToken.None);

        Assert.Equal(2, _server.RequestCount);
        Assert.Equal(0.032m, health.Status.SpentTodayUsd);
        Assert.Equal("llm", first.EngineId);
        Assert.Equal("stub-rules", second.EngineId); // the call that crossed the budget is decided by the fallback
        Assert.Contains(
            second.Notes,
            n => n.StartsWith(FallbackDecisionEngine.SwitchedToFallbackNote, StringComparison.Ordinal)
        );
        Assert.Equal("stub-rules", third.EngineId);
        Assert.Contains(third.Notes, n => n.Contains(LlmBreakerCodes.Budget, StringComparison.Ordinal));
        Assert.DoesNotContain(
            third.Notes,
            n => n.StartsWith(FallbackDecisionEngine.SwitchedToFallbackNote, StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task FailureRateBreaker_SwitchesToFallback_AndBackAfterReset()
    {
        _server.Script = _ => FakeReply.Refused("no");
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.Breakers.MinCalls = 2;
        options.Breakers.MaxFailureRate = 0.5;
        var (llm, health) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore());
        var fallback = new StubDecisionEngine();
        var sut = new FallbackDecisionEngine(llm, fallback, health);

        var refusedOnce = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time), CancellationToken.None);
        var tripped = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time.AddHours(1)), CancellationToken.None);
        var whileOpen = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time.AddHours(2)), CancellationToken.None);
        var requestsWhileOpen = _server.RequestCount;
        health.Reset();
        _server.Script = FakeAnswers.BuyFirst;
        var afterReset = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time.AddHours(3)), CancellationToken.None);

        Assert.Equal(
            ("llm", LlmRejections.Refusal),
            (refusedOnce.EngineId, Assert.Single(refusedOnce.Rejections).Code)
        );
        Assert.Equal("stub-rules", tripped.EngineId);
        Assert.Contains(tripped.Rejections, r => r.Code == LlmRejections.Refusal); // the LLM's refusal stays on record
        Assert.Contains(tripped.Notes, n => n.Contains(LlmBreakerCodes.FailureRate, StringComparison.Ordinal));
        Assert.Equal("stub-rules", whileOpen.EngineId);
        Assert.Equal(2, requestsWhileOpen); // an open breaker makes no call
        Assert.Equal(2, fallback.Calls);
        Assert.Equal("llm", afterReset.EngineId);
        Assert.Contains(
            afterReset.Notes,
            n => n.StartsWith(FallbackDecisionEngine.SwitchedBackNote, StringComparison.Ordinal)
        );
        Assert.Equal(DecisionAction.Buy, afterReset.Decisions[0].Action);
    }

    [Fact]
    public async Task LatencyBreaker_TripsWhenAnswersAreSlowerThanTheLimit()
    {
        _server.Script = r => FakeAnswers.BuyFirst(r).After(TimeSpan.FromMilliseconds(300));
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.Breakers.MinCalls = 1;
        options.Breakers.MaxLatency = TimeSpan.FromMilliseconds(100);
        var (llm, health) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore());
        var sut = new FallbackDecisionEngine(llm, new StubDecisionEngine(), health);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal("stub-rules", cycle.EngineId);
        Assert.Equal(LlmBreakerCodes.Latency, health.Status.TripCode);
        Assert.True(health.Status.LatencyPercentile >= TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task DisabledLlm_IsDecidedByTheFallbackWithoutACall()
    {
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.Enabled = false;
        var (llm, health) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore());
        var sut = new FallbackDecisionEngine(llm, new StubDecisionEngine(), health);

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal(0, _server.RequestCount);
        Assert.Equal("stub-rules", cycle.EngineId);
        Assert.Contains(cycle.Notes, n => n.Contains(LlmRejections.Disabled, StringComparison.Ordinal));
    }
}
