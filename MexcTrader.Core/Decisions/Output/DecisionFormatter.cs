using MexcTrader.Core.Risk;

namespace MexcTrader.Core.Decisions.Output;

/// <summary>Joins a decision and its verdict into the versioned <see cref="DecisionRecord"/>.</summary>
public static class DecisionFormatter
{
    public static DecisionRecord Format(Decision decision, RiskVerdict verdict, string? inputHash = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(verdict);
        if (!string.Equals(decision.Id, verdict.DecisionId, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Verdict for decision {verdict.DecisionId} cannot be joined to decision {decision.Id}.",
                nameof(verdict)
            );
        }
        return new DecisionRecord(
            DecisionRecordSchema.Version,
            decision.Id,
            decision.CycleId,
            decision.Time,
            decision.Symbol,
            decision.Action,
            verdict.Outcome,
            verdict.Quantity,
            verdict.ReferencePrice,
            verdict.Exits,
            decision.Confidence,
            decision.Reasoning,
            decision.Alternatives,
            verdict.Reasons,
            verdict.Limits,
            new DecisionMetadata(decision.EngineId, decision.Model, decision.PromptVersion, inputHash)
        );
    }
}
