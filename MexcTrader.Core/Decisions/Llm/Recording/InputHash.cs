using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MexcTrader.Core.Decisions.Llm.Client;

namespace MexcTrader.Core.Decisions.Llm.Recording;

/// <summary>The replay key of a call: SHA-256 over everything that decides its answer, and the attempt number (a retry
/// after a timeout sends the same messages and must still find its own record).</summary>
public static class InputHash
{
    public static string Of(LlmRequest request, int attempt)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = string.Join(
            '\n',
            request.Model,
            request.Temperature.ToString("R", CultureInfo.InvariantCulture),
            request.MaxOutputTokens.ToString(CultureInfo.InvariantCulture),
            request.SchemaName,
            request.Schema,
            attempt.ToString(CultureInfo.InvariantCulture),
            MessagesJson(request.Messages)
        );
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The messages as stored with a call: a JSON array of {role, content}.</summary>
    public static string MessagesJson(IReadOnlyList<LlmMessage> messages) =>
        JsonSerializer.Serialize(
            messages.Select(m => new { role = m.Role.ToString().ToLowerInvariant(), content = m.Content })
        );
}
