namespace MexcTrader.Core.Decisions.Llm;

/// <summary>Cost estimates from the configured per-1K-token prices.</summary>
public static class LlmCost
{
    // OpenAI's rule of thumb for English and JSON: about four characters per token.
    private const int CharactersPerToken = 4;

    public static decimal Of(LlmModelProfile profile, int inputTokens, int outputTokens)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return (inputTokens * profile.InputPricePer1K + outputTokens * profile.OutputPricePer1K) / 1000m;
    }

    /// <summary>The most a call can cost before it is made: its prompt plus a full-length answer.</summary>
    public static decimal Estimate(LlmModelProfile profile, int promptCharacters, int maxOutputTokens) =>
        Of(profile, (promptCharacters + CharactersPerToken - 1) / CharactersPerToken, maxOutputTokens);
}
