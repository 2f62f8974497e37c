using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Output;
using MexcTrader.Core.Decisions.Pipeline;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Risk;

namespace MexcTrader.Tests.TestKit;

/// <summary>Recorded cycles for the journal tests: an LLM cycle (buy approved, close rejected, a rejection) or a
/// rule-engine fallback cycle.</summary>
public static class JournalKit
{
    public const string LlmEngine = "llm";
    public const string RuleEngine = "rules";

    public static (MarketSnapshot Snapshot, CycleOutcome Outcome) Cycle(
        DateTimeOffset time,
        string engine = LlmEngine,
        RiskOutcome btcOutcome = RiskOutcome.Approved
    )
    {
        var snapshot = LlmKit.Snapshot(time);
        var cycleId = snapshot.CycleId;
        var llm = engine == LlmEngine;
        var metadata = new DecisionMetadata(
            engine,
            llm ? LlmKit.Model : null,
            llm ? "decision@v2" : null,
            llm ? new string('a', 64) : null
        );
        DecisionRecord Record(string symbol, DecisionAction action, RiskOutcome outcome, decimal qty, string why) =>
            new(
                DecisionRecordSchema.Version,
                DecisionIds.For(cycleId, new Symbol(symbol)),
                cycleId,
                time,
                new Symbol(symbol),
                action,
                outcome,
                qty,
                65_000m,
                action == DecisionAction.Buy ? new ExitLevels(63_050m, 68_900m, 1_950m) : null,
                0.72,
                why,
                [new AlternativeConsidered(DecisionAction.Hold, "momentum is strong enough to act")],
                outcome == RiskOutcome.Rejected ? ["max-exposure"] : ["sized-fixed-fraction"],
                [new LimitSeen("max-exposure", 0.8m, outcome == RiskOutcome.Rejected ? 0.85m : 0.2m)],
                metadata
            );
        var records = new[]
        {
            Record("BTCUSDT", DecisionAction.Buy, btcOutcome, 0.0077m, "BTC broke out above EMA(20) on volume"),
            Record("ETHUSDT", DecisionAction.Close, RiskOutcome.Rejected, 0m, "ETH momentum faded"),
            Record("SOLUSDT", DecisionAction.Hold, RiskOutcome.Approved, 0m, "SOL is quiet"),
        };
        var rejections = new[] { new DecisionRejection(new Symbol("SOLUSDT"), "llm.out-of-range", "weight 1.7 > 1") };
        string[] notes = llm
            ? []
            : ["engine.fallback: rules decides because llm is unavailable (llm.timeout: no answer in 30 s)"];
        var cycle = new DecisionCycle(cycleId, time, engine, [], rejections, notes);
        var events = new[]
        {
            new RiskEvent(
                time,
                RiskEventKind.Tripped,
                RiskBreakerNames.DailyLoss,
                null,
                TradingState.Active,
                "loss 5.2 %"
            ),
            new RiskEvent(
                time,
                RiskEventKind.StateChanged,
                RiskBreakerNames.TradingState,
                null,
                TradingState.Reducing,
                "exits only"
            ),
        };
        return (snapshot, new CycleOutcome(cycle, records, events));
    }
}
