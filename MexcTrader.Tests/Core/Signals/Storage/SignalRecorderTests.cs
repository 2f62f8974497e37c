using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;
using MexcTrader.Core.Signals.Outcomes;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Tests.Core.Signals.Agents.Technical;
using MexcTrader.Tests.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace MexcTrader.Tests.Core.Signals.Storage;

public sealed class SignalRecorderTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RecordAsync_TechnicalAgentOverRealCandles_StoresEverySignalThenItsOutcome(
        StorageProvider provider
    )
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var store = new SignalStore(database.ContextFactory);
        var sut = new SignalRecorder(store);
        var state = new PairState(new Symbol("BTCUSDT"), Interval.OneHour);
        var parameters = new Dictionary<string, string> { ["HorizonCandles"] = "5", ["FastMaPeriod"] = "10" };
        var agent = new TechnicalAnalysisAgentFactory().Create(state, parameters).Value;
        var pair = new PairAgents(state, [agent]);
        var runner = new AgentRunner(new FakeTimeProvider(), TimeSpan.FromSeconds(30));
        var tracker = new SignalOutcomeTracker();
        var emitted = new List<Signal>();
        var scored = 0;

        foreach (var bar in RealBars.BtcUsdtHourly.Take(600))
        {
            var run = await runner.RunAsync([new PairUpdate(pair, bar)], CancellationToken.None);
            var outcomes = tracker.OnCandleClosed(state.Symbol, state.Now, bar.Close);
            foreach (var signal in run.Signals)
            {
                tracker.Track(signal, bar.Close);
            }
            emitted.AddRange(run.Signals);
            scored += (await sut.RecordAsync([pair], run, outcomes, CancellationToken.None)).Outcomes;
        }
        var page = await store.QueryAsync(new SignalQuery(PageSize: 500), CancellationToken.None);

        Assert.NotEmpty(emitted);
        Assert.Equal(emitted.Count, page.Total);
        Assert.Equal(emitted.Count - tracker.PendingCount, scored);
        Assert.Equal(scored, page.Items.Count(i => i.Outcome is not null));
        Assert.All(page.Items, i => Assert.Contains("\"FastMaPeriod\":10", i.ParametersJson, StringComparison.Ordinal));
        Assert.Equal(emitted.Select(s => s.Time).Reverse(), page.Items.Select(i => i.Signal.Time));
    }
}
