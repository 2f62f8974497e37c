using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Llm.Client;

/// <summary>Our seam to a chat-completion endpoint. Expected failures (timeout, HTTP errors) are values, codes from
/// <see cref="LlmRejections"/>; the client owns the timeout.</summary>
public interface ILlmClient
{
    Task<Result<LlmReply>> CompleteAsync(LlmRequest request, CancellationToken cancellationToken);
}
