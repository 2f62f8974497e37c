using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>Validation of prompt text and ids, shared by every prompt store.</summary>
public static class PromptFailures
{
    public const string Invalid = "prompt.invalid";

    public static Failure? Check(string id, string text)
    {
        if (id != DefaultPrompts.DecisionId)
        {
            return new Failure(Invalid, $"Unknown prompt '{id}': the engine uses '{DefaultPrompts.DecisionId}'.");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Failure(Invalid, "The prompt text is empty.");
        }
        return text.Length > PromptTemplate.MaxTextLength
            ? new Failure(
                Invalid,
                $"The prompt is {text.Length} characters; the limit is {PromptTemplate.MaxTextLength}."
            )
            : null;
    }

    public static PromptTemplate? Shipped(string id) =>
        id == DefaultPrompts.DecisionId ? DefaultPrompts.Decision : null;
}
