using System.Text.Json;
using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Core.Persistence;
using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.TestKit.FakeOpenAi;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>Acceptance: a recorded run replays with 0 network calls and identical decisions, from the database.</summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Replay_OfARecordedRun_FromAFreshStore_MakesNoCallsAndDecidesIdentically(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var snapshots = Enumerable
            .Range(0, 4)
            .Select(i => LlmKit.Snapshot(LlmKit.Time.AddHours(i), btcScore: 0.5 + i / 10.0))
            .ToList();
        // cycle 2 needs the retry (malformed first), cycle 3 is refused: replay must walk the same paths
        var answers = new Queue<FakeReply>();
        _server.Script = r => answers.TryDequeue(out var next) ? next : FakeAnswers.BuyFirst(r);
        var recordOptions = LlmKit.Options(_server.OpenAiEndpoint);
        recordOptions.Mode = LlmCallMode.RecordThenReplay;
        var (recorder, _) = await LlmKit.EngineAsync(recordOptions, new EfLlmCallStore(database.ContextFactory));
        var recorded = new List<DecisionCycle>();
        foreach (var (snapshot, i) in snapshots.Select((s, i) => (s, i)))
        {
            if (i == 2)
            {
                answers.Enqueue(FakeReply.Text("{ not json"));
            }
            if (i == 3)
            {
                answers.Enqueue(FakeReply.Refused("no"));
            }
            recorded.Add(await recorder.DecideAsync(snapshot, CancellationToken.None));
        }
        var callsMade = _server.RequestCount;

        var replayOptions = LlmKit.Options(_server.OpenAiEndpoint);
        replayOptions.Mode = LlmCallMode.Replay;
        var (sut, _) = await LlmKit.EngineAsync(replayOptions, new EfLlmCallStore(database.ContextFactory));
        var replayed = new List<DecisionCycle>();
        foreach (var snapshot in snapshots)
        {
            replayed.Add(await sut.DecideAsync(snapshot, CancellationToken.None));
        }

        Assert.Equal(5, callsMade); // 4 cycles + 1 retry
        Assert.Equal(callsMade, _server.RequestCount);
        Assert.Equal(Json(recorded), Json(replayed));
        Assert.Contains(recorded[2].Rejections, r => r.Code == LlmRejections.MalformedJson);
        Assert.Contains(recorded[3].Rejections, r => r.Code == LlmRejections.Refusal);
        Assert.Equal(DecisionAction.Buy, replayed[1].Decisions[0].Action);
    }

    [Fact]
    public async Task Replay_WithoutARecord_HoldsAllAndNeverCalls()
    {
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.Mode = LlmCallMode.Replay;
        var (sut, _) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore());

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal(0, _server.RequestCount);
        Assert.Equal(LlmRejections.ReplayMissing, Assert.Single(cycle.Rejections).Code);
        Assert.DoesNotContain(cycle.Decisions, LlmKit.Trades);
    }

    [Fact]
    public async Task RecordThenReplay_SecondTimeSameSnapshot_AnswersFromTheRecord()
    {
        _server.Script = FakeAnswers.BuyFirst;
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.Mode = LlmCallMode.RecordThenReplay;
        var calls = new InMemoryLlmCallStore();
        var (sut, _) = await LlmKit.EngineAsync(options, calls);

        var first = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);
        var second = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);
        var other = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time.AddHours(1)), CancellationToken.None);

        Assert.Equal(2, _server.RequestCount);
        Assert.Equal(Json([first]), Json([second]));
        Assert.Equal(2, (await calls.QueryAsync(new LlmCallQuery(), CancellationToken.None)).Items.Count);
        Assert.NotEqual(first.CycleId, other.CycleId);
    }

    [Fact]
    public async Task Live_SameSnapshotTwice_CallsTwice()
    {
        _server.Script = FakeAnswers.BuyFirst;
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), new InMemoryLlmCallStore());

        await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);
        await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Equal(2, _server.RequestCount);
    }

    private static string Json(IReadOnlyList<DecisionCycle> cycles) => JsonSerializer.Serialize(cycles);
}
