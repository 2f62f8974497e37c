using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Aggregation;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Rules;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Exchange;
using MexcTrader.Core.Risk;
using MexcTrader.Core.Risk.Settings;
using Microsoft.Extensions.Time.Testing;
using static MexcTrader.Tests.Core.Risk.RiskFixtures;

namespace MexcTrader.Tests.Core.Decisions;

public sealed class DecisionPipelineTests
{
    private static readonly Dictionary<Symbol, SymbolRules> AllRules = new()
    {
        [Sym("BTCUSDT")] = Rules("BTCUSDT"),
        [Sym("ETHUSDT")] = Rules("ETHUSDT"),
        [Sym("SOLUSDT")] = Rules("SOLUSDT"),
    };

    private static DecisionPipeline Pipeline(IDecisionEngine engine, RiskSettings? settings = null) =>
        new(engine, new RiskModule(settings ?? new RiskSettings(), new FakeTimeProvider(Noon)));

    [Fact]
    public async Task RunAsync_GivesEveryDecisionARecordWithItsVerdict()
    {
        var sut = Pipeline(new RuleDecisionEngine(new RuleEngineOptions()));
        var snapshot = Snapshot(
            Portfolio(10_000m, 10_000m),
            [Pair("BTCUSDT", 100m, 0.01, Signal("technical", 0.8, 0.8)), Pair("ETHUSDT", 10m)]
        );

        var outcome = (await sut.RunAsync(snapshot, AllRules, CancellationToken.None)).Value;

        Assert.Equal(2, outcome.Records.Count);
        var buy = outcome.Records[0];
        Assert.Equal((DecisionAction.Buy, RiskOutcome.Approved), (buy.Action, buy.Outcome));
        Assert.True(buy.IsExecutable);
        Assert.Equal(4m, buy.Quantity); // 5 % of 10,000 × confidence 0.8 at 100
        Assert.NotNull(buy.Exits);
        Assert.Equal("rules", buy.Metadata.EngineId);
        Assert.Equal((DecisionAction.Hold, false), (outcome.Records[1].Action, outcome.Records[1].IsExecutable));
    }

    [Fact]
    public async Task RunAsync_LimitsHoldAcrossTheDecisionsOfOneCycle()
    {
        var settings = new RiskSettings
        {
            Default = new PairLimits
            {
                Fraction = 0.3,
                MaxAllocation = 0.5,
                MaxPositionFraction = 0,
            },
            Portfolio = new PortfolioLimits { MaxExposure = 0.5, MaxCorrelation = 1 },
        };
        var engine = new ScriptedEngine(
            Decide("BTCUSDT", DecisionAction.Buy, confidence: 0.9),
            Decide("ETHUSDT", DecisionAction.Buy, confidence: 1),
            Decide("SOLUSDT", DecisionAction.Buy, confidence: 0.5)
        );
        var snapshot = Snapshot(
            Portfolio(10_000m, 10_000m),
            [Pair("BTCUSDT", 100m), Pair("ETHUSDT", 100m), Pair("SOLUSDT", 100m)]
        );

        var records = (await Pipeline(engine, settings).RunAsync(snapshot, AllRules, CancellationToken.None))
            .Value
            .Records;

        // Most confident first: ETH takes 3,000, BTC is resized to the 2,000 of exposure left, SOL gets nothing.
        Assert.Equal([RiskOutcome.Resized, RiskOutcome.Approved, RiskOutcome.Rejected], records.Select(r => r.Outcome));
        Assert.Equal([20m, 30m, 0m], records.Select(r => r.Quantity));
        Assert.Contains(RiskReasons.MaxExposure, records[2].RiskReasons);
    }

    [Fact]
    public async Task RunAsync_ExitsAreJudgedBeforeEntriesSoTheyFreeRoom()
    {
        var settings = new RiskSettings
        {
            Portfolio = new PortfolioLimits { MaxOpenPositions = 1, MaxCorrelation = 1 },
        };
        var engine = new ScriptedEngine(Decide("BTCUSDT", DecisionAction.Buy), Decide("ETHUSDT", DecisionAction.Close));
        var snapshot = Snapshot(
            Portfolio(9_000m, 10_000m, 0, Position("ETHUSDT", 10m, 100m)),
            [Pair("BTCUSDT", 100m), Pair("ETHUSDT", 100m)]
        );

        var records = (await Pipeline(engine, settings).RunAsync(snapshot, AllRules, CancellationToken.None))
            .Value
            .Records;

        Assert.All(records, r => Assert.True(r.IsExecutable));
    }

    [Fact]
    public async Task RunAsync_PairWithoutExchangeRules_GetsNoOrder()
    {
        var engine = new ScriptedEngine(Decide("BTCUSDT", DecisionAction.Buy));
        var snapshot = Snapshot(Portfolio(10_000m, 10_000m), [Pair("BTCUSDT", 100m)]);

        var record = Assert.Single(
            (await Pipeline(engine).RunAsync(snapshot, new Dictionary<Symbol, SymbolRules>(), CancellationToken.None))
                .Value
                .Records
        );

        Assert.Equal((RiskOutcome.Rejected, 0m), (record.Outcome, record.Quantity));
        Assert.Equal([RiskReasons.NotTradable], record.RiskReasons);
    }

    [Fact]
    public async Task RunAsync_InvalidSnapshot_FailsBeforeTheEngineIsAsked()
    {
        var engine = new ScriptedEngine(Decide("BTCUSDT", DecisionAction.Buy));
        var snapshot = Snapshot(Portfolio(10_000m, 10_000m, drawdown: 1.5), [Pair("BTCUSDT", 100m)]);

        var result = await Pipeline(engine).RunAsync(snapshot, AllRules, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(MarketSnapshotSchema.FailureCode, result.Failure.Code);
        Assert.Contains("drawdown 1.5 is outside 0..1", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, engine.Calls);
    }

    [Fact]
    public async Task RunAsync_ReturnsTheRiskEventsOfTheCycle()
    {
        var settings = new RiskSettings { Portfolio = new PortfolioLimits { MaxDrawdown = 0.1 } };
        var engine = new ScriptedEngine(Decide("BTCUSDT", DecisionAction.Buy));
        var snapshot = Snapshot(Portfolio(10_000m, 10_000m, drawdown: 0.12), [Pair("BTCUSDT", 100m)]);

        var outcome = (await Pipeline(engine, settings).RunAsync(snapshot, AllRules, CancellationToken.None)).Value;

        Assert.Contains(outcome.Events, e => e.Breaker == RiskBreakerNames.MaxDrawdown);
        Assert.Equal([RiskReasons.Halted], Assert.Single(outcome.Records).RiskReasons);
    }

    /// <summary>An engine answering with fixed decisions, counting its calls.</summary>
    private sealed class ScriptedEngine(params Decision[] decisions) : IDecisionEngine
    {
        public int Calls { get; private set; }
        public string Id => "scripted";

        public ValueTask<DecisionCycle> DecideAsync(MarketSnapshot snapshot, CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(new DecisionCycle(snapshot.CycleId, snapshot.Time, Id, decisions, [], []));
        }
    }
}
