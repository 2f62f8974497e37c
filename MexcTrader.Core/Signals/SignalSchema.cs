using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Signals;

/// <summary>The versioned JSON form of <see cref="Signal"/>; every signal crossing a boundary is validated here.</summary>
public static class SignalSchema
{
    public const int Version = 1;
    public const string FailureCode = "signal.invalid";

    /// <summary>JSON Schema (draft 2020-12) of version <see cref="Version"/>.</summary>
    public const string Document = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "mexctrader/signal/1",
          "type": "object",
          "required": ["schemaVersion", "symbol", "agentId", "agentVersion", "time", "score", "confidence",
                       "horizonSeconds", "rationale", "features"],
          "additionalProperties": false,
          "properties": {
            "schemaVersion": { "const": 1 },
            "symbol": { "type": "string", "pattern": "^[A-Z0-9]{2,20}$" },
            "agentId": { "type": "string", "minLength": 1, "maxLength": 64 },
            "agentVersion": { "type": "integer", "minimum": 1 },
            "time": { "type": "string", "format": "date-time" },
            "score": { "type": "number", "minimum": -1, "maximum": 1 },
            "confidence": { "type": "number", "minimum": 0, "maximum": 1 },
            "horizonSeconds": { "type": "number", "exclusiveMinimum": 0 },
            "rationale": { "type": "string", "maxLength": 2000 },
            "features": { "type": "object", "additionalProperties": { "type": "number" } }
          }
        }
        """;

    public static Result<Signal> Validate(Signal signal)
    {
        string? problem = signal switch
        {
            { Score: < -1 or > 1 } or { Score: double.NaN } => $"score {signal.Score} is outside -1..+1",
            { Confidence: < 0 or > 1 } or { Confidence: double.NaN } =>
                $"confidence {signal.Confidence} is outside 0..1",
            { AgentId.Length: 0 or > 64 } => "agent id must be 1-64 characters",
            { AgentVersion: < 1 } => "agent version must be 1 or more",
            { Horizon.Ticks: <= 0 } => "horizon must be positive",
            { Rationale.Length: > 2000 } => "rationale is longer than 2000 characters",
            _ => signal.Features.Any(f => !double.IsFinite(f.Value)) ? "features must be finite numbers" : null,
        };
        return problem is null
            ? Result.Ok(signal)
            : Result.Fail<Signal>(FailureCode, $"Signal of {signal.AgentId} for {signal.Symbol}: {problem}.");
    }

    public static string Serialize(Signal signal)
    {
        var features = new JsonObject();
        foreach (var (name, value) in signal.Features)
        {
            features[name] = value;
        }
        var json = new JsonObject
        {
            ["schemaVersion"] = Version,
            ["symbol"] = signal.Symbol.Value,
            ["agentId"] = signal.AgentId,
            ["agentVersion"] = signal.AgentVersion,
            ["time"] = signal.Time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["score"] = signal.Score,
            ["confidence"] = signal.Confidence,
            ["horizonSeconds"] = signal.Horizon.TotalSeconds,
            ["rationale"] = signal.Rationale,
            ["features"] = features,
        };
        return json.ToJsonString();
    }

    public static Result<Signal> Deserialize(string json)
    {
        try
        {
            var node = JsonNode.Parse(json)?.AsObject();
            if (node is null)
            {
                return Result.Fail<Signal>(FailureCode, "Signal JSON is null.");
            }
            var version = node["schemaVersion"]?.GetValue<int>();
            if (version != Version)
            {
                return Result.Fail<Signal>(FailureCode, $"Signal schema version {version} is not {Version}.");
            }
            if (!Symbol.TryParse(node["symbol"]?.GetValue<string>(), out var symbol))
            {
                return Result.Fail<Signal>(FailureCode, "Signal symbol is missing or invalid.");
            }
            var features = (node["features"]?.AsObject() ?? []).ToDictionary(
                p => p.Key,
                p => p.Value!.GetValue<double>(),
                StringComparer.Ordinal
            );
            var signal = new Signal(
                symbol.Value,
                Required(node, "agentId").GetValue<string>(),
                Required(node, "agentVersion").GetValue<int>(),
                DateTimeOffset.Parse(
                    Required(node, "time").GetValue<string>(),
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal
                ),
                Required(node, "score").GetValue<double>(),
                Required(node, "confidence").GetValue<double>(),
                TimeSpan.FromSeconds(Required(node, "horizonSeconds").GetValue<double>()),
                Required(node, "rationale").GetValue<string>(),
                features
            );
            return Validate(signal);
        }
        catch (Exception ex)
            when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            return Result.Fail<Signal>(FailureCode, $"Signal JSON does not match schema {Version}: {ex.Message}");
        }
    }

    private static JsonNode Required(JsonObject node, string name) =>
        node[name] ?? throw new KeyNotFoundException($"'{name}' is missing");
}
