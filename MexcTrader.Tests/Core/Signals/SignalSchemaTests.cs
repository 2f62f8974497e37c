using System.Text.Json;
using MexcTrader.Core.Domain;
using MexcTrader.Core.Signals;

namespace MexcTrader.Tests.Core.Signals;

public sealed class SignalSchemaTests
{
    private static readonly Signal Valid = new(
        new Symbol("BTCUSDT"),
        "technical",
        1,
        new DateTimeOffset(2024, 1, 2, 3, 0, 0, TimeSpan.Zero),
        0.42,
        0.7,
        TimeSpan.FromHours(12),
        "Bullish +0.42: trend +0.60",
        new Dictionary<string, double> { ["rsi"] = 61.5, ["event.MaCrossover"] = 1 }
    );

    [Fact]
    public void Serialize_ThenDeserialize_RoundTripsEveryField()
    {
        var json = SignalSchema.Serialize(Valid);

        var back = SignalSchema.Deserialize(json);

        Assert.True(back.IsSuccess, back.Failure?.Message);
        Assert.Equal(Valid with { Features = back.Value.Features }, back.Value);
        Assert.Equal(Valid.Features, back.Value.Features);
        Assert.Contains($"\"schemaVersion\":{SignalSchema.Version}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.01, 0.5, "score")]
    [InlineData(-1.5, 0.5, "score")]
    [InlineData(double.NaN, 0.5, "score")]
    [InlineData(0.5, -0.1, "confidence")]
    [InlineData(0.5, 1.2, "confidence")]
    public void Validate_WhenOutOfRange_Fails(double score, double confidence, string field)
    {
        var result = SignalSchema.Validate(Valid with { Score = score, Confidence = confidence });

        Assert.False(result.IsSuccess);
        Assert.Contains(field, result.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"score\":0.42", "\"score\":1.5", "score")]
    [InlineData("\"schemaVersion\":1", "\"schemaVersion\":2", "version")]
    [InlineData("\"agentId\":\"technical\",", "", "agentId")]
    [InlineData("\"symbol\":\"BTCUSDT\"", "\"symbol\":\"btc-usdt\"", "symbol")]
    public void Deserialize_WhenJsonBreaksSchema_FailsWithReason(string from, string to, string expected)
    {
        var json = SignalSchema.Serialize(Valid).Replace(from, to, StringComparison.Ordinal);

        var result = SignalSchema.Deserialize(json);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_IsJsonSchemaOfCurrentVersionListingEverySerializedField()
    {
        using var schema = JsonDocument.Parse(SignalSchema.Document);
        using var sample = JsonDocument.Parse(SignalSchema.Serialize(Valid));

        var properties = schema.RootElement.GetProperty("properties");
        Assert.Equal(SignalSchema.Version, properties.GetProperty("schemaVersion").GetProperty("const").GetInt32());
        var required = schema
            .RootElement.GetProperty("required")
            .EnumerateArray()
            .Select(e => e.GetString())
            .ToHashSet();
        foreach (var field in sample.RootElement.EnumerateObject())
        {
            Assert.True(properties.TryGetProperty(field.Name, out _), field.Name);
            Assert.Contains(field.Name, required);
        }
    }
}
