using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Decisions.Snapshot;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Decisions;

public sealed class RuleDecisionEngineTests
{
    private static readonly RuleEngineOptions Options = new()
    {
        EntryThreshold = 0.3,
        ExitThreshold = -0.1,
        ScaleByAccuracy = false,
    };

    private static Decision DecideOne(PairSnapshot pair, bool held = false, RuleEngineOptions? options = null)
    {
        var portfolio = held
            ? Portfolio(5_000m, 10_000m, 0, Position(pair.Symbol.Value, 1m, 100m))
            : Portfolio(10_000m, 10_000m);
        var sut = new RuleDecisionEngine(options ?? Options);
        return Assert.Single(sut.Decide(Snapshot(portfolio, [pair])).Decisions);
    }

    [Fact]
    public void Decide_FlatAndAggregateAtEntry_Buys()
    {
        var decision = DecideOne(Pair("BTCUSDT", 100m, 0.01, Signal("technical", 0.5), Signal("patterns", 0.3)));

        Assert.Equal(DecisionAction.Buy, decision.Action);
        Assert.Equal(RuleDecisionEngine.EngineId, decision.EngineId);
        Assert.Equal(DecisionIds.For(DecisionIds.CycleOf(Noon), Sym("BTCUSDT")), decision.Id);
        Assert.Equal(
            "Buy: weighted signal +0.40 reached the entry threshold +0.30 while flat; agreement 1.00 across 2 agent(s); driven by technical +0.50 at confidence 1.00 (weight 1.00, unscored), then patterns +0.30 at confidence 1.00 (weight 1.00, unscored).",
            decision.Reasoning
        );
        Assert.Contains(decision.Alternatives, a => a.Action == DecisionAction.Hold);
    }

    [Theory]
    [InlineData(0.29, false, DecisionAction.Hold)] // flat, below entry
    [InlineData(0.29, true, DecisionAction.Hold)] // held, between exit and entry: hysteresis holds
    [InlineData(0.6, true, DecisionAction.Hold)] // held and strong: no pyramiding
    [InlineData(-0.05, true, DecisionAction.Hold)] // held, still above exit
    [InlineData(-0.1, true, DecisionAction.Close)] // held, at exit
    [InlineData(-0.5, false, DecisionAction.Hold)] // flat and bearish: spot cannot short
    public void Decide_ThresholdsWithHysteresis_AreAwareOfThePosition(double score, bool held, DecisionAction expected)
    {
        var decision = DecideOne(Pair("BTCUSDT", 100m, 0.01, Signal("technical", score)), held);

        Assert.Equal(expected, decision.Action);
    }

    [Fact]
    public void Decide_AgentWeights_ChangeTheAggregate()
    {
        var pair = Pair("BTCUSDT", 100m, 0.01, Signal("technical", 0.6), Signal("sentiment", -0.4));
        var trustTechnical = new RuleEngineOptions
        {
            ScaleByAccuracy = false,
            AgentWeights = new() { ["technical"] = 3, ["sentiment"] = 1 },
        };

        Assert.Equal(DecisionAction.Hold, DecideOne(pair).Action); // (0.6 - 0.4) / 2 = 0.1
        Assert.Equal(DecisionAction.Buy, DecideOne(pair, options: trustTechnical).Action); // (1.8 - 0.4) / 4 = 0.35
    }

    [Fact]
    public void Decide_ScaleByAccuracy_WeighsAgentsByMeasuredHitRate()
    {
        var pair = Pair(
            "BTCUSDT",
            100m,
            0.01,
            Signal("technical", 0.6, hitRate: 0.75, scored: 40),
            Signal("sentiment", -0.4, hitRate: 0.25, scored: 40)
        );
        var scaled = new RuleEngineOptions { ScaleByAccuracy = true, MinScoredForAccuracy = 20 };

        var decision = DecideOne(pair, options: scaled);

        Assert.Equal(DecisionAction.Buy, decision.Action); // weights 1.5 and 0.5: (0.9 - 0.2) / 2 = 0.35
        Assert.Contains("hit rate 75% of 40", decision.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TooFewScoredSignals_LeavesTheWeightAlone()
    {
        var pair = Pair("BTCUSDT", 100m, 0.01, Signal("technical", 0.35, hitRate: 0.1, scored: 5));

        Assert.Equal(DecisionAction.Buy, DecideOne(pair, options: new RuleEngineOptions()).Action);
    }

    [Fact]
    public void Decide_StaleSignals_AreIgnored()
    {
        var pair = Pair("BTCUSDT", 100m, 0.01, Signal("technical", 0.9, time: Noon.AddDays(-2)));

        var decision = DecideOne(pair);

        Assert.Equal(DecisionAction.Hold, decision.Action);
        Assert.Equal("Hold: no current signal.", decision.Reasoning);
    }

    [Fact]
    public void Decide_Confidence_GrowsWithAgreement()
    {
        var agreeing = DecideOne(Pair("BTCUSDT", 100m, 0.01, Signal("a", 0.6, 0.8), Signal("b", 0.6, 0.8)));
        var split = DecideOne(Pair("BTCUSDT", 100m, 0.01, Signal("a", 0.9, 0.8), Signal("b", -0.3, 0.8)));

        Assert.Equal(0.8, agreeing.Confidence, 1e-12);
        Assert.Equal(0.8 * 0.6 / 1.2, split.Confidence, 1e-12);
    }

    [Fact]
    public void Decide_ClosesAHeldPair_NamingWhatDroveIt()
    {
        var decision = DecideOne(Pair("BTCUSDT", 100m, 0.01, Signal("technical", -0.6, 0.5)), held: true);

        Assert.Equal(DecisionAction.Close, decision.Action);
        Assert.StartsWith(
            "Close: weighted signal -0.30 fell to the exit threshold -0.10 while holding",
            decision.Reasoning,
            StringComparison.Ordinal
        );
        Assert.Contains("technical -0.60", decision.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_GivesOneDecisionPerPairInSnapshotOrder()
    {
        var sut = new RuleDecisionEngine(Options);
        var snapshot = Snapshot(
            Portfolio(10_000m, 10_000m),
            [
                Pair("BTCUSDT", 100m, 0.01, Signal("t", 0.9)),
                Pair("ETHUSDT", 10m),
                Pair("SOLUSDT", 1m, 0.01, Signal("t", 0.1)),
            ]
        );

        var cycle = await sut.DecideAsync(snapshot, CancellationToken.None);

        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT"], cycle.Decisions.Select(d => d.Symbol.Value));
        Assert.Equal(
            [DecisionAction.Buy, DecisionAction.Hold, DecisionAction.Hold],
            cycle.Decisions.Select(d => d.Action)
        );
        Assert.Empty(cycle.Rejections);
    }

    [Fact]
    public void Options_EntryNotAboveExit_AreRejectedWithAClearMessage()
    {
        var options = new RuleEngineOptions
        {
            EntryThreshold = -0.2,
            ExitThreshold = 0.1,
            AgentWeights = new() { ["technical"] = -1 },
        };

        var problems = options.Validate();
        var thrown = Assert.Throws<ArgumentException>(() => new RuleDecisionEngine(options));

        Assert.Contains(
            "Entry threshold (-0.2) must be above the exit threshold (0.1): the gap between them is the hysteresis that stops flapping.",
            problems
        );
        Assert.Contains("Weight of agent 'technical' must be a number of 0 or more (is -1).", problems);
        Assert.Contains("Entry threshold (-0.2)", thrown.Message, StringComparison.Ordinal);
    }
}
