using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MexcTrader.Core.Exchange.Mexc.Json;

// MEXC sends the same field as a JSON string in one capture and a number in another (section 14); accept both.

internal sealed class FlexibleDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FlexibleNullableDecimalConverter.ReadValue(ref reader, strict: true)
        ?? throw new JsonException("A decimal was expected but the value is empty.");

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(MexcQuery.FormatDecimal(value));
}

internal sealed class FlexibleNullableDecimalConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadValue(ref reader, strict: false);

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(MexcQuery.FormatDecimal(value.Value));
        }
    }

    /// <summary>Null and "" give null; when not strict, a volume too large for decimal also gives null.</summary>
    internal static decimal? ReadValue(ref Utf8JsonReader reader, bool strict)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out var number))
                {
                    return number;
                }
                return strict ? throw new JsonException("A number is out of decimal range.") : null;
            case JsonTokenType.String:
                var text = Text(ref reader);
                if (text.Length == 0)
                {
                    return null;
                }
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }
                return strict || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? throw new JsonException($"'{text}' is not a decimal number.")
                    : null;
            default:
                throw new JsonException($"A decimal was expected, found {reader.TokenType}.");
        }
    }

    internal static string Text(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray())
        : reader.ValueIsEscaped ? reader.GetString() ?? ""
        : Encoding.UTF8.GetString(reader.ValueSpan);
}

internal sealed class FlexibleLongConverter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FlexibleNullableLongConverter.ReadValue(ref reader)
        ?? throw new JsonException("An integer was expected but the value is empty.");

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}

internal sealed class FlexibleNullableLongConverter : JsonConverter<long?>
{
    public override bool HandleNull => true;

    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }

    internal static long? ReadValue(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt64(out var number) => number,
            JsonTokenType.String => FlexibleNullableDecimalConverter.Text(ref reader) is { Length: > 0 } text
                ? long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw new JsonException($"'{text}' is not an integer.")
                : null,
            _ => throw new JsonException($"An integer was expected, found {reader.TokenType}."),
        };
}

/// <summary>Ids and codes are opaque text on MEXC: a JSON number is kept as its digits, never as an integer.</summary>
internal sealed class FlexibleStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(
                reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan
            ),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => throw new JsonException($"Text was expected, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
