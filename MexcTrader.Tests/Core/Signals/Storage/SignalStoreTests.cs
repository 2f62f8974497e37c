using MexcTrader.Core.Domain;
using MexcTrader.Core.Persistence;
using MexcTrader.Core.Signals;
using MexcTrader.Core.Signals.Agents.Technical;
using MexcTrader.Core.Signals.Outcomes;
using MexcTrader.Core.Signals.Storage;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Signals.Storage;

public sealed class SignalStoreTests
{
    private static readonly IReadOnlyList<AgentFault> NoFaults = [];
    private static readonly IReadOnlyList<SignalOutcome> NoOutcomes = [];

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AppendThenQuery_RoundTripsEveryFieldWithParameters(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new SignalStore(database.ContextFactory);
        var signal = StoredSignals.At("BTCUSDT", "technical", 3, -0.75, "bearish: RSI divergence");
        var parameters = new TechnicalParameters { FastMaPeriod = 9, BollingerDeviations = 2.5 };

        await sut.AppendAsync([new SignalEntry(signal, parameters)], NoFaults, NoOutcomes, CancellationToken.None);
        var page = await sut.QueryAsync(new SignalQuery(), CancellationToken.None);

        var stored = Assert.Single(page.Items);
        Assert.Equal(1, page.Total);
        Assert.Equal(signal.Symbol, stored.Signal.Symbol);
        Assert.Equal(
            (signal.AgentId, signal.AgentVersion, signal.Time, signal.Score, signal.Confidence, signal.Horizon),
            (
                stored.Signal.AgentId,
                stored.Signal.AgentVersion,
                stored.Signal.Time,
                stored.Signal.Score,
                stored.Signal.Confidence,
                stored.Signal.Horizon
            )
        );
        Assert.Equal(signal.Rationale, stored.Signal.Rationale);
        Assert.Equal(signal.Features.OrderBy(f => f.Key), stored.Signal.Features.OrderBy(f => f.Key));
        Assert.Contains("\"FastMaPeriod\":9", stored.ParametersJson, StringComparison.Ordinal);
        Assert.Contains("\"BollingerDeviations\":2.5", stored.ParametersJson, StringComparison.Ordinal);
        Assert.Null(stored.Outcome);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task QueryAsync_ByPairAgentAndRange_PagesNewestFirst(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new SignalStore(database.ContextFactory);
        var entries = Enumerable
            .Range(0, 30)
            .SelectMany(h =>
                new[]
                {
                    StoredSignals.At("BTCUSDT", "technical", h, 0.5),
                    StoredSignals.At("ETHUSDT", "technical", h, 0.5),
                    StoredSignals.At("BTCUSDT", "patterns", h, 0.5),
                }
            )
            .Select(s => new SignalEntry(s, null))
            .ToList();
        await sut.AppendAsync(entries, NoFaults, NoOutcomes, CancellationToken.None);
        var query = new SignalQuery(
            new Symbol("BTCUSDT"),
            "technical",
            StoredSignals.Start.AddHours(5),
            StoredSignals.Start.AddHours(25),
            Page: 2,
            PageSize: 8
        );

        var page = await sut.QueryAsync(query, CancellationToken.None);

        // hours 5..24 match (20 signals); page 2 of 8 holds hours 16 down to 9
        Assert.Equal(20, page.Total);
        Assert.Equal(3, page.TotalPages);
        Assert.Equal(
            Enumerable.Range(9, 8).Reverse().Select(h => StoredSignals.Start.AddHours(h)),
            page.Items.Select(i => i.Signal.Time)
        );
        Assert.All(page.Items, i => Assert.Equal(("BTCUSDT", "technical"), (i.Signal.Symbol.Value, i.Signal.AgentId)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AccuracyAsync_AfterOutcomes_EqualsTheInMemorySummary(StorageProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new SignalStore(database.ContextFactory);
        var signals = new List<Signal>();
        for (var h = 0; h < 24; h++)
        {
            signals.Add(StoredSignals.At("BTCUSDT", "technical", h, h % 3 == 0 ? -0.6 : 0.7));
            signals.Add(StoredSignals.At("ETHUSDT", "technical", h, h % 4 == 0 ? 0.01 : -0.4));
            signals.Add(StoredSignals.At("ETHUSDT", "patterns", h, 0.9));
        }
        // scored by the product's tracker over a made-up price path
        var tracker = new SignalOutcomeTracker();
        foreach (var s in signals)
        {
            tracker.Track(s, Price(s.Symbol, s.Time));
        }
        var outcomes = new List<SignalOutcome>();
        for (var h = 0; h < 48; h++)
        {
            foreach (var symbol in new[] { new Symbol("BTCUSDT"), new Symbol("ETHUSDT") })
            {
                var close = StoredSignals.Start.AddHours(h + 1);
                outcomes.AddRange(tracker.OnCandleClosed(symbol, close, Price(symbol, close)));
            }
        }
        await sut.AppendAsync([.. signals.Select(s => new SignalEntry(s, null))], NoFaults, [], CancellationToken.None);

        var matched = await sut.AppendAsync([], NoFaults, outcomes, CancellationToken.None);
        var accuracy = await sut.AccuracyAsync(null, null, CancellationToken.None);

        Assert.Equal(signals.Count, outcomes.Count);
        Assert.Equal(outcomes.Count, matched);
        var expected = AgentAccuracy.Summarise(outcomes);
        Assert.Equal(expected.Count, accuracy.Count);
        foreach (var (e, a) in expected.Zip(accuracy))
        {
            Assert.Equal((e.AgentId, e.Symbol, e.Scored, e.Hits), (a.AgentId, a.Symbol, a.Scored, a.Hits));
            Assert.Equal(e.HitRate, a.HitRate, 12);
            Assert.Equal(e.MeanDirectionalReturn, a.MeanDirectionalReturn, 12);
        }
        var scored = await sut.QueryAsync(new SignalQuery(PageSize: 500), CancellationToken.None);
        Assert.Equal(matched, scored.Items.Count(i => i.Outcome is not null));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AppendAsync_OutcomeOfUnknownSignalAndFaults_SkipsTheOutcomeAndKeepsFaultsNewestFirst(
        StorageProvider provider
    )
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sut = new SignalStore(database.ContextFactory);
        var never = StoredSignals.At("BTCUSDT", "technical", 1, 0.5);
        var faults = new[]
        {
            new AgentFault(new Symbol("BTCUSDT"), "technical", 1, StoredSignals.Start, AgentFaultKind.Threw, "boom"),
            new AgentFault(
                new Symbol("BTCUSDT"),
                "technical",
                1,
                StoredSignals.Start.AddHours(1),
                AgentFaultKind.TimedOut,
                new string('x', 5000)
            ),
        };

        var matched = await sut.AppendAsync(
            [],
            faults,
            [new SignalOutcome(never, 100, 101, 0.01, true)],
            CancellationToken.None
        );
        var stored = await sut.RecentFaultsAsync(new Symbol("BTCUSDT"), null, 10, CancellationToken.None);

        Assert.Equal(0, matched);
        Assert.Equal([AgentFaultKind.TimedOut, AgentFaultKind.Threw], stored.Select(f => f.Kind));
        Assert.Equal(2000, stored[0].Message.Length);
        Assert.Equal(StoredSignals.Start, stored[1].Time);
    }

    private static double Price(Symbol symbol, DateTimeOffset time)
    {
        var hours = (time - StoredSignals.Start).TotalHours;
        return symbol.Value == "BTCUSDT" ? 100 + 10 * Math.Sin(hours / 5) : 50 + hours * 0.3 - 4 * Math.Cos(hours / 3);
    }
}
