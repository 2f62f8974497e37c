using System.Text;
using System.Text.Json;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Output;

/// <summary>The versioned JSON contract of <see cref="DecisionRecord"/>.</summary>
public static class DecisionRecordSchema
{
    public const int Version = 1;
    public const string FailureCode = "decision-record.invalid";

    /// <summary>JSON Schema (draft 2020-12) of version <see cref="Version"/>.</summary>
    public const string Document = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "mexctrader/decision-record/1",
          "type": "object",
          "required": ["schemaVersion", "decisionId", "cycleId", "time", "symbol", "action", "outcome", "quantity",
                       "referencePrice", "exits", "confidence", "reasoning", "alternatives", "riskReasons", "limits",
                       "metadata"],
          "additionalProperties": false,
          "properties": {
            "schemaVersion": { "const": 1 },
            "decisionId": { "type": "string", "minLength": 1 },
            "cycleId": { "type": "integer" },
            "time": { "type": "string", "format": "date-time" },
            "symbol": { "type": "string", "pattern": "^[A-Z0-9]{2,20}$" },
            "action": { "enum": ["Hold", "Buy", "Sell", "Close"] },
            "outcome": { "enum": ["Approved", "Resized", "Rejected"] },
            "quantity": { "type": "number", "minimum": 0 },
            "referencePrice": { "type": "number", "minimum": 0 },
            "exits": {
              "oneOf": [
                { "type": "null" },
                {
                  "type": "object",
                  "required": ["stopLoss", "takeProfit", "trailingDistance"],
                  "additionalProperties": false,
                  "properties": {
                    "stopLoss": { "type": "number", "minimum": 0 },
                    "takeProfit": { "type": "number", "exclusiveMinimum": 0 },
                    "trailingDistance": { "type": "number", "exclusiveMinimum": 0 }
                  }
                }
              ]
            },
            "confidence": { "type": "number", "minimum": 0, "maximum": 1 },
            "reasoning": { "type": "string" },
            "alternatives": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["action", "whyRejected"],
                "additionalProperties": false,
                "properties": {
                  "action": { "enum": ["Hold", "Buy", "Sell", "Close"] },
                  "whyRejected": { "type": "string" }
                }
              }
            },
            "riskReasons": { "type": "array", "items": { "type": "string", "pattern": "^risk\\." } },
            "limits": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["name", "limit", "actual"],
                "additionalProperties": false,
                "properties": {
                  "name": { "type": "string" },
                  "limit": { "type": "number" },
                  "actual": { "type": "number" }
                }
              }
            },
            "metadata": {
              "type": "object",
              "required": ["engineId", "model", "promptVersion", "inputHash"],
              "additionalProperties": false,
              "properties": {
                "engineId": { "type": "string", "minLength": 1 },
                "model": { "type": ["string", "null"] },
                "promptVersion": { "type": ["string", "null"] },
                "inputHash": { "type": ["string", "null"] }
              }
            }
          }
        }
        """;

    /// <summary>Checks what the execution layer relies on; the record when it holds.</summary>
    public static Result<DecisionRecord> Validate(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string? problem = record switch
        {
            { SchemaVersion: not Version } => $"schema version {record.SchemaVersion} is not {Version}",
            { DecisionId.Length: 0 } => "decision id is empty",
            { Quantity: < 0 } or { ReferencePrice: < 0 } => "quantity and reference price must not be negative",
            { Confidence: not (>= 0 and <= 1) } => $"confidence {record.Confidence} is outside 0..1",
            { Outcome: Risk.RiskOutcome.Rejected, Quantity: > 0 } => "a rejected record must have quantity 0",
            { Action: DecisionAction.Hold, Quantity: > 0 } => "a HOLD must have quantity 0",
            { Metadata.EngineId.Length: 0 } => "engine id is empty",
            _ => null,
        };
        return problem is null
            ? Result.Ok(record)
            : Result.Fail<DecisionRecord>(FailureCode, $"Decision record {record.DecisionId}: {problem}.");
    }

    public static string Serialize(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, record);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter json, DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(record);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", record.SchemaVersion);
        json.WriteString("decisionId", record.DecisionId);
        json.WriteNumber("cycleId", record.CycleId);
        json.WriteString("time", record.Time.ToUniversalTime());
        json.WriteString("symbol", record.Symbol.Value);
        json.WriteString("action", record.Action.ToString());
        json.WriteString("outcome", record.Outcome.ToString());
        json.WriteNumber("quantity", record.Quantity);
        json.WriteNumber("referencePrice", record.ReferencePrice);
        if (record.Exits is { } exits)
        {
            json.WriteStartObject("exits");
            json.WriteNumber("stopLoss", exits.StopLoss);
            json.WriteNumber("takeProfit", exits.TakeProfit);
            json.WriteNumber("trailingDistance", exits.TrailingDistance);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("exits");
        }
        json.WriteNumber("confidence", record.Confidence);
        json.WriteString("reasoning", record.Reasoning);
        json.WriteStartArray("alternatives");
        foreach (var alternative in record.Alternatives)
        {
            json.WriteStartObject();
            json.WriteString("action", alternative.Action.ToString());
            json.WriteString("whyRejected", alternative.WhyRejected);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("riskReasons");
        foreach (var reason in record.RiskReasons)
        {
            json.WriteStringValue(reason);
        }
        json.WriteEndArray();
        json.WriteStartArray("limits");
        foreach (var limit in record.Limits)
        {
            json.WriteStartObject();
            json.WriteString("name", limit.Name);
            json.WriteNumber("limit", limit.Limit);
            json.WriteNumber("actual", limit.Actual);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("metadata");
        json.WriteString("engineId", record.Metadata.EngineId);
        json.WriteString("model", record.Metadata.Model);
        json.WriteString("promptVersion", record.Metadata.PromptVersion);
        json.WriteString("inputHash", record.Metadata.InputHash);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
