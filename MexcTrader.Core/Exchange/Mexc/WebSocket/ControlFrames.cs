using System.Text.Json;

namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>MEXC's JSON control frames (mexc-api.md §9.3).</summary>
internal static class ControlFrames
{
    public static readonly byte[] Ping = """{"method":"PING"}"""u8.ToArray();

    public static byte[] Subscription(string method, uint id, IReadOnlyList<string> channels)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("method", method);
            json.WriteStartArray("params");
            foreach (var channel in channels)
            {
                json.WriteStringValue(channel);
            }
            json.WriteEndArray();
            json.WriteNumber("id", id);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>Reads {"id":..,"code":..,"msg":".."}; false for anything else.</summary>
    public static bool TryReadReply(ReadOnlySpan<byte> text, out uint id, out int code, out string message)
    {
        id = 0;
        code = -1;
        message = "";
        try
        {
            var reader = new Utf8JsonReader(text);
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("msg", out var msg))
            {
                return false;
            }
            message = msg.ToString();
            if (root.TryGetProperty("id", out var idValue) && idValue.TryGetUInt32(out var parsedId))
            {
                id = parsedId;
            }
            if (root.TryGetProperty("code", out var codeValue) && codeValue.TryGetInt32(out var parsedCode))
            {
                code = parsedCode;
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
