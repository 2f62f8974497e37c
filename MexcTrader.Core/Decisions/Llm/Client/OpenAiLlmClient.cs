using System.ClientModel;
using System.Text.Json;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Secrets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace MexcTrader.Core.Decisions.Llm.Client;

/// <summary>
/// <see cref="ILlmClient"/> over the official SDKs (Azure.AI.OpenAI / OpenAI). The key is read from the secret store
/// per call and goes only into the SDK's credential; prompts and keys are never logged.
/// </summary>
public sealed class OpenAiLlmClient(
    IOptionsMonitor<LlmOptions> options,
    ISecretStore secrets,
    TimeProvider clock,
    ILogger<OpenAiLlmClient> log
) : ILlmClient
{
    // Local servers accept any key; the SDK insists on a non-empty one.
    private const string NoKey = "no-key";

    public async Task<Result<LlmReply>> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.CurrentValue;
        var apiKey = NoKey;
        if (!string.IsNullOrEmpty(settings.ApiKeySecretName))
        {
            var stored = await secrets.GetAsync(settings.ApiKeySecretName, cancellationToken).ConfigureAwait(false);
            if (!stored.IsSuccess)
            {
                return Result.Fail<LlmReply>(
                    LlmRejections.NoApiKey,
                    $"The API key '{settings.ApiKeySecretName}' could not be read from the secret store: {stored.Failure.Message}"
                );
            }
            apiKey = stored.Value;
        }
        var chat = ChatClientFactory.Create(settings, request.Model, apiKey);
        using var timeout = new CancellationTokenSource(settings.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var completion = await chat.CompleteChatAsync(ToSdk(request.Messages), ToSdk(request), linked.Token)
                .ConfigureAwait(false);
            return Result.Ok(ToReply(completion.Value, request.Model));
        }
        catch (OperationCanceledException)
            when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Result.Fail<LlmReply>(
                new Failure(LlmRejections.Timeout, $"No answer within {settings.Timeout.TotalSeconds:0.###} s.", true)
            );
        }
        catch (ClientResultException ex)
        {
            log.LogWarning("LLM endpoint answered HTTP {Status} for model {Model}", ex.Status, request.Model);
            var code = ex.Status == 429 ? LlmRejections.RateLimited : LlmRejections.HttpError;
            var detail = ex.Status == 0 ? $"The endpoint could not be reached: {ex.Message}" : $"HTTP {ex.Status}.";
            return Result.Fail<LlmReply>(new Failure(code, detail, IsTransient: ex.Status is 0 or 429 or >= 500));
        }
        catch (Exception ex)
            when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            // the HTTP body was not a chat completion at all
            return Result.Fail<LlmReply>(LlmRejections.BadResponse, $"Unreadable completion: {ex.GetType().Name}.");
        }
    }

    private static List<ChatMessage> ToSdk(IReadOnlyList<LlmMessage> messages) =>
        [
            .. messages.Select(m =>
                m.Role switch
                {
                    LlmRole.System => (ChatMessage)ChatMessage.CreateSystemMessage(m.Content),
                    LlmRole.User => ChatMessage.CreateUserMessage(m.Content),
                    _ => ChatMessage.CreateAssistantMessage(m.Content),
                }
            ),
        ];

    private static ChatCompletionOptions ToSdk(LlmRequest request) =>
        new()
        {
            Temperature = (float)request.Temperature,
            MaxOutputTokenCount = request.MaxOutputTokens,
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
                request.SchemaName,
                BinaryData.FromString(request.Schema),
                jsonSchemaIsStrict: true
            ),
        };

    private static LlmReply ToReply(ChatCompletion completion, string requestedModel)
    {
        var text = string.Concat(
            completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text)
        );
        return new LlmReply(
            completion.Content.Count == 0 ? null : text,
            string.IsNullOrEmpty(completion.Refusal) ? null : completion.Refusal,
            FinishReasonText(completion.FinishReason),
            completion.Usage?.InputTokenCount ?? 0,
            completion.Usage?.OutputTokenCount ?? 0,
            string.IsNullOrEmpty(completion.Model) ? requestedModel : completion.Model
        );
    }

    private static string FinishReasonText(ChatFinishReason reason) =>
        reason switch
        {
            ChatFinishReason.Stop => "stop",
            ChatFinishReason.Length => "length",
            ChatFinishReason.ContentFilter => "content_filter",
            ChatFinishReason.ToolCalls => "tool_calls",
            ChatFinishReason.FunctionCall => "function_call",
            _ => reason.ToString(),
        };
}
