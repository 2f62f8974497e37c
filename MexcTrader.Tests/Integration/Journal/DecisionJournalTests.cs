using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Journal;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Risk;
using MexcTrader.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MexcTrader.Tests.Integration.Journal;

/// <summary>The EF decision journal on both databases: round trip, idempotence, filters, paging, risk events.</summary>
public sealed class DecisionJournalTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_ThenGetCycle_ReadsBackEverythingInEngineOrderWithLlmCall(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (snapshot, outcome) = JournalKit.Cycle(T0);
        var call = await new EfLlmCallStore(database.ContextFactory).AddAsync(
            LlmCall(snapshot.CycleId),
            CancellationToken.None
        );
        var sut = new DecisionJournal(database.ContextFactory, new JournalNotifications());

        await sut.RecordAsync(snapshot, outcome, CancellationToken.None);
        var cycle = await sut.GetCycleAsync(snapshot.CycleId, CancellationToken.None);

        Assert.NotNull(cycle);
        Assert.Equal(T0, cycle.Time);
        Assert.Equal(
            (JournalKit.LlmEngine, LlmKit.Model, "decision@v2"),
            (cycle.EngineId, cycle.Model, cycle.PromptVersion)
        );
        Assert.Equal(call.Id, cycle.LlmCallId);
        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT"], cycle.Records.Select(r => r.Symbol));
        var btc = cycle.Records[0];
        Assert.Equal((DecisionAction.Buy, RiskOutcome.Approved, 0.0077m), (btc.Action, btc.Outcome, btc.Quantity));
        Assert.Equal(new ExitLevels(63_050m, 68_900m, 1_950m), btc.Exits);
        Assert.Equal("BTC broke out above EMA(20) on volume", btc.Reasoning);
        Assert.Equal(DecisionAction.Hold, Assert.Single(btc.Alternatives).Action);
        Assert.Equal(["max-exposure"], cycle.Records[1].RiskReasons);
        Assert.Equal(new LimitSeen("max-exposure", 0.8m, 0.85m), Assert.Single(cycle.Records[1].Limits));
        Assert.Equal("llm.out-of-range", Assert.Single(cycle.Rejections).Code);
        Assert.Equal(65_000m, cycle.Snapshot.Pairs[0].LastClose);
        Assert.Equal(10_000m, cycle.Snapshot.Portfolio.Equity);
        Assert.Equal("ta", Assert.Single(cycle.Snapshot.Pairs[0].Signals).AgentId);
        Assert.False(cycle.FellBack);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_SameCycleTwice_KeepsTheFirstAndNotifiesOnce(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var notifications = new JournalNotifications();
        var heard = new List<long>();
        using var _ = notifications.Subscribe(id =>
        {
            heard.Add(id);
            return Task.CompletedTask;
        });
        var sut = new DecisionJournal(database.ContextFactory, notifications);
        var (snapshot, first) = JournalKit.Cycle(T0);
        var (_, second) = JournalKit.Cycle(T0, JournalKit.RuleEngine, RiskOutcome.Rejected);

        await sut.RecordAsync(snapshot, first, CancellationToken.None);
        await sut.RecordAsync(snapshot, second, CancellationToken.None);

        var cycle = await sut.GetCycleAsync(snapshot.CycleId, CancellationToken.None);
        Assert.Equal(JournalKit.LlmEngine, cycle?.EngineId);
        Assert.Equal(RiskOutcome.Approved, cycle?.Records[0].Outcome);
        Assert.Equal([snapshot.CycleId], heard);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.RiskEvents.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task QueryAsync_WithFiltersAndPaging_ReturnsMatchingCyclesNewestFirst(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new DecisionJournal(database.ContextFactory, new JournalNotifications());
        for (var i = 0; i < 5; i++)
        {
            var engine = i % 2 == 0 ? JournalKit.LlmEngine : JournalKit.RuleEngine;
            var outcome = i == 3 ? RiskOutcome.Resized : RiskOutcome.Approved;
            var (snapshot, cycle) = JournalKit.Cycle(T0.AddHours(i), engine, outcome);
            await sut.RecordAsync(snapshot, cycle, CancellationToken.None);
        }

        var all = await sut.QueryAsync(new JournalQuery(PageSize: 2), CancellationToken.None);
        var second = await sut.QueryAsync(new JournalQuery(PageSize: 2, Page: 1), CancellationToken.None);
        var rules = await sut.QueryAsync(new JournalQuery(EngineId: JournalKit.RuleEngine), CancellationToken.None);
        var resized = await sut.QueryAsync(new JournalQuery(Outcome: RiskOutcome.Resized), CancellationToken.None);
        var window = await sut.QueryAsync(
            new JournalQuery(From: T0.AddHours(1), To: T0.AddHours(3)),
            CancellationToken.None
        );
        var noPair = await sut.QueryAsync(new JournalQuery(Symbol: "XRPUSDT"), CancellationToken.None);
        var btc = await sut.QueryAsync(new JournalQuery(Symbol: "BTCUSDT"), CancellationToken.None);

        Assert.Equal(5, all.Total);
        Assert.Equal([T0.AddHours(4), T0.AddHours(3)], all.Items.Select(c => c.Time));
        Assert.Equal([T0.AddHours(2), T0.AddHours(1)], second.Items.Select(c => c.Time));
        Assert.Equal([T0.AddHours(3), T0.AddHours(1)], rules.Items.Select(c => c.Time));
        Assert.True(rules.Items.All(c => c.FellBack));
        Assert.Equal(T0.AddHours(3), Assert.Single(resized.Items).Time);
        Assert.Equal([T0.AddHours(2), T0.AddHours(1)], window.Items.Select(c => c.Time));
        Assert.Equal(0, noPair.Total);
        Assert.Equal(5, btc.Total);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RiskEventsAsync_FilteredByBreaker_ReturnsNewestFirst(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new DecisionJournal(database.ContextFactory, new JournalNotifications());
        var (s1, c1) = JournalKit.Cycle(T0);
        var (s2, c2) = JournalKit.Cycle(T0.AddHours(1));
        await sut.RecordAsync(s1, c1, CancellationToken.None);
        await sut.RecordAsync(s2, c2, CancellationToken.None);

        var all = await sut.RiskEventsAsync(new RiskEventQuery(), CancellationToken.None);
        var daily = await sut.RiskEventsAsync(
            new RiskEventQuery(Breaker: RiskBreakerNames.DailyLoss, Limit: 1),
            CancellationToken.None
        );

        Assert.Equal(4, all.Count);
        Assert.Equal(T0.AddHours(1), all[0].Time);
        var latest = Assert.Single(daily);
        Assert.Equal((RiskEventKind.Tripped, T0.AddHours(1), s2.CycleId), (latest.Kind, latest.Time, latest.CycleId));
        Assert.Equal(TradingState.Reducing, all.First(e => e.Kind == RiskEventKind.StateChanged).State);
    }

    private static LlmCallRecord LlmCall(long cycleId) =>
        new()
        {
            CycleId = cycleId,
            Attempt = 1,
            CreatedAt = T0,
            InputHash = new string('a', 64),
            Provider = "OpenAICompatible",
            Model = LlmKit.Model,
            PromptVersion = "decision@v2",
            Request = """[{"role":"system","content":"You are a trader."}]""",
            Response = """{"decisions":[]}""",
            Outcome = "ok",
        };
}
