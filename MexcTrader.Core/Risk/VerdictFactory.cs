using MexcTrader.Core.Decisions;

namespace MexcTrader.Core.Risk;

/// <summary>Verdict shapes shared by the rules; HOLD and simple rejections reuse static lists.</summary>
internal static class VerdictFactory
{
    private static readonly string[] HoldReasons = [RiskReasons.Hold];

    public static RiskVerdict Hold(Decision decision) =>
        new(decision.Id, decision.Symbol, decision.Action, RiskOutcome.Approved, 0, 0, null, HoldReasons, []);

    public static RiskVerdict Reject(Decision decision, string reason, params LimitSeen[] limits) =>
        new(decision.Id, decision.Symbol, decision.Action, RiskOutcome.Rejected, 0, 0, null, [reason], limits);
}
