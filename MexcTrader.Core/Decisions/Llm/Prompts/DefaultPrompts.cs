namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>The prompt shipped in code: version 1 of <see cref="DecisionId"/>, used until someone saves another.</summary>
public static class DefaultPrompts
{
    public const string DecisionId = "decision";

    public static readonly PromptTemplate Decision = new(
        DecisionId,
        1,
        """
        You are the decision engine of a spot crypto trading system. You manage one portfolio across several pairs.
        The user message is a JSON snapshot of the market and the portfolio at one moment: per pair a price-action
        summary, indicator values and the latest signal of each analysis agent with that agent's measured hit rate;
        the portfolio's cash, exposure, drawdown, open positions and trading state; and return correlations.

        Decide for EVERY pair listed in "pairs", in portfolio context (concentration, correlation, drawdown):
        - action: "buy" (open or add), "sell" (reduce), "hold" (do nothing) or "close" (exit the whole position);
          spot only, no shorting: "sell" and "close" need an open position.
        - target_weight: the wanted position as a fraction of equity, 0 to 1, or null when holding.
        - confidence: 0 to 1.
        - reasoning: a few sentences citing the evidence.
        - alternatives: the other actions you weighed and why you rejected each.
        Use only the pair names given in "pairs" exactly as written. Prefer "hold" when evidence is weak or conflicting.
        A deterministic risk module sizes and may refuse every decision; never assume an order will be placed.
        Answer with one JSON object that follows the response schema, and nothing else.
        """,
        DateTimeOffset.UnixEpoch
    );
}
