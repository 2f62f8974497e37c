using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Rules;

/// <summary>
/// The default engine and the LLM's fallback: a weighted aggregate of each pair's signals with entry/exit
/// thresholds and hysteresis. A flat pair is bought when the aggregate reaches the entry threshold; a held pair is
/// closed when it falls to the exit threshold; anything in between holds, so a score hovering near one threshold
/// does not flap. Deterministic and allocation-light (one decision and one reasoning text per pair).
/// </summary>
public sealed class RuleDecisionEngine : IDecisionEngine
{
    public const string EngineId = "rules";

    private static readonly IReadOnlyList<string> NoNotes = [];
    private static readonly IReadOnlyList<DecisionRejection> NoRejections = [];
    private static readonly AlternativeConsidered[] BuyAlternatives =
    [
        new(DecisionAction.Hold, "the weighted signal reached the entry threshold while flat"),
    ];
    private static readonly AlternativeConsidered[] CloseAlternatives =
    [
        new(DecisionAction.Hold, "the weighted signal fell to the exit threshold while holding"),
        new(DecisionAction.Sell, "the rule engine exits whole positions"),
    ];
    private static readonly AlternativeConsidered[] HoldFlatAlternatives =
    [
        new(DecisionAction.Buy, "the weighted signal is below the entry threshold"),
    ];
    private static readonly AlternativeConsidered[] HoldHeldAlternatives =
    [
        new(DecisionAction.Close, "the weighted signal is above the exit threshold"),
        new(DecisionAction.Buy, "already holding; the rule engine does not add to positions"),
    ];

    private readonly RuleEngineOptions _options;

    public RuleDecisionEngine(RuleEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid rule engine options: " + string.Join(" ", problems), nameof(options));
        }
        _options = options;
    }

    public string Id => EngineId;

    public ValueTask<DecisionCycle> DecideAsync(MarketSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Decide(snapshot));
    }

    /// <summary>The synchronous core of <see cref="DecideAsync"/>.</summary>
    public DecisionCycle Decide(MarketSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var decisions = new Decision[snapshot.Pairs.Count];
        for (var i = 0; i < decisions.Length; i++)
        {
            decisions[i] = DecidePair(snapshot, snapshot.Pairs[i]);
        }
        return new DecisionCycle(snapshot.CycleId, snapshot.Time, EngineId, decisions, NoRejections, NoNotes);
    }

    private Decision DecidePair(MarketSnapshot snapshot, PairSnapshot pair)
    {
        var aggregate = SignalAggregate.Of(pair, snapshot.Time, _options);
        var held = Holds(snapshot.Portfolio, pair.Symbol);
        var action = aggregate.Agents switch
        {
            0 => DecisionAction.Hold,
            _ when !held && aggregate.Score >= _options.EntryThreshold => DecisionAction.Buy,
            _ when held && aggregate.Score <= _options.ExitThreshold => DecisionAction.Close,
            _ => DecisionAction.Hold,
        };
        var alternatives = action switch
        {
            DecisionAction.Buy => BuyAlternatives,
            DecisionAction.Close => CloseAlternatives,
            _ => held ? HoldHeldAlternatives : HoldFlatAlternatives,
        };
        return new Decision(
            DecisionIds.For(snapshot.CycleId, pair.Symbol),
            snapshot.CycleId,
            snapshot.Time,
            pair.Symbol,
            action,
            null,
            aggregate.Confidence,
            Reasoning(action, held, aggregate, pair),
            alternatives,
            EngineId
        );
    }

    private static bool Holds(PortfolioSnapshot portfolio, Symbol symbol)
    {
        var positions = portfolio.Positions;
        for (var i = 0; i < positions.Count; i++)
        {
            if (positions[i].Symbol == symbol && positions[i].Quantity > 0)
            {
                return true;
            }
        }
        return false;
    }

    private string Reasoning(DecisionAction action, bool held, SignalAggregate a, PairSnapshot pair)
    {
        if (a.Agents == 0)
        {
            return held ? "Hold: no current signal for a held pair." : "Hold: no current signal.";
        }
        var (verb, relation, threshold) = action switch
        {
            DecisionAction.Buy => ("Buy", " reached the entry threshold ", _options.EntryThreshold),
            DecisionAction.Close => ("Close", " fell to the exit threshold ", _options.ExitThreshold),
            _ when held => ("Hold", " is above the exit threshold ", _options.ExitThreshold),
            _ => ("Hold", " is below the entry threshold ", _options.EntryThreshold),
        };
        var text = new ReasoningText(stackalloc char[768]);
        text.Append(verb);
        text.Append(": weighted signal ");
        text.Signed(a.Score);
        text.Append(relation);
        text.Signed(threshold);
        text.Append(held ? " while holding; agreement " : " while flat; agreement ");
        text.Unsigned(a.Agreement);
        text.Append(" across ");
        text.Integer(a.Agents);
        text.Append(" agent(s); driven by ");
        Driver(ref text, pair.Signals[a.First]);
        if (a.Second >= 0)
        {
            text.Append(", then ");
            Driver(ref text, pair.Signals[a.Second]);
        }
        text.Append('.');
        return text.ToString();
    }

    private void Driver(ref ReasoningText text, AgentSignalView s)
    {
        text.Append(s.AgentId.AsSpan(0, Math.Min(s.AgentId.Length, 64)));
        text.Append(' ');
        text.Signed(s.Score);
        text.Append(" at confidence ");
        text.Unsigned(s.Confidence);
        text.Append(" (weight ");
        text.Unsigned(SignalAggregate.WeightOf(s, _options));
        if (double.IsFinite(s.HitRate))
        {
            text.Append(", hit rate ");
            text.Percent(s.HitRate);
            text.Append(" of ");
            text.Integer(s.Scored);
            text.Append(')');
        }
        else
        {
            text.Append(", unscored)");
        }
    }
}
