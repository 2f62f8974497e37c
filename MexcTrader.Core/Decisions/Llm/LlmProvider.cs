namespace MexcTrader.Core.Decisions.Llm;

/// <summary>Which wire protocol the LLM endpoint speaks.</summary>
public enum LlmProvider
{
    /// <summary>Azure OpenAI: /openai/deployments/{deployment}/chat/completions with an api-key header.</summary>
    AzureOpenAI,

    /// <summary>OpenAI or any compatible server (a local one included): {endpoint}/chat/completions.</summary>
    OpenAICompatible,
}
