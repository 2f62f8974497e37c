using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using OpenAI;
using OpenAI.Chat;

namespace MexcTrader.Core.Decisions.Llm.Client;

/// <summary>Builds the SDK chat client for the configured provider: Azure OpenAI or any OpenAI-compatible endpoint.</summary>
internal static class ChatClientFactory
{
    public static ChatClient Create(LlmOptions options, string model, string apiKey)
    {
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("Llm:Endpoint is not set.");
        var credential = new ApiKeyCredential(apiKey);
        // The engine makes its one bounded retry itself, and owns the timeout; the SDK must not add its own.
        var noRetries = new ClientRetryPolicy(maxRetries: 0);
        var networkTimeout = options.Timeout + TimeSpan.FromSeconds(5);
        return options.Provider switch
        {
            LlmProvider.AzureOpenAI => new AzureOpenAIClient(
                endpoint,
                credential,
                new AzureOpenAIClientOptions { RetryPolicy = noRetries, NetworkTimeout = networkTimeout }
            ).GetChatClient(model),
            LlmProvider.OpenAICompatible => new OpenAIClient(
                credential,
                new OpenAIClientOptions
                {
                    Endpoint = endpoint,
                    RetryPolicy = noRetries,
                    NetworkTimeout = networkTimeout,
                }
            ).GetChatClient(model),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown LLM provider."),
        };
    }
}
