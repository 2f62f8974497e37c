using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Aggregation;

/// <summary>
/// The versioned JSON contract of <see cref="MarketSnapshot"/>: <see cref="Validate"/> is applied where a snapshot
/// crosses a boundary (into the decision pipeline, from a recording); <see cref="MarketSnapshotJson"/> writes the
/// JSON form.
/// </summary>
public static class MarketSnapshotSchema
{
    public const int Version = 1;
    public const string FailureCode = "snapshot.invalid";

    /// <summary>JSON Schema (draft 2020-12) of version <see cref="Version"/>. Money is a JSON number (exact decimal).</summary>
    public const string Document = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "mexctrader/market-snapshot/1",
          "type": "object",
          "required": ["schemaVersion", "cycleId", "time", "pairs", "portfolio", "correlations"],
          "additionalProperties": false,
          "$defs": {
            "symbol": { "type": "string", "pattern": "^[A-Z0-9]{2,20}$" },
            "price": {
              "type": "object",
              "required": ["lastClose", "lastCloseTime", "return1", "returnShort", "returnLong", "rangeHigh",
                           "rangeLow", "atrFraction", "volumeRatio"],
              "additionalProperties": false,
              "properties": {
                "lastClose": { "type": "number", "exclusiveMinimum": 0 },
                "lastCloseTime": { "type": "string", "format": "date-time" },
                "return1": { "type": "number", "minimum": -1 },
                "returnShort": { "type": "number", "minimum": -1 },
                "returnLong": { "type": "number", "minimum": -1 },
                "rangeHigh": { "type": ["number", "null"] },
                "rangeLow": { "type": ["number", "null"] },
                "atrFraction": { "type": "number", "minimum": 0 },
                "volumeRatio": { "type": "number", "minimum": 0 }
              }
            },
            "signal": {
              "type": "object",
              "required": ["agentId", "agentVersion", "time", "score", "confidence", "rationale", "hitRate", "scored"],
              "additionalProperties": false,
              "properties": {
                "agentId": { "type": "string", "minLength": 1, "maxLength": 64 },
                "agentVersion": { "type": "integer", "minimum": 1 },
                "time": { "type": "string", "format": "date-time" },
                "score": { "type": "number", "minimum": -1, "maximum": 1 },
                "confidence": { "type": "number", "minimum": 0, "maximum": 1 },
                "rationale": { "type": "string", "maxLength": 2000 },
                "hitRate": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
                "scored": { "type": "integer", "minimum": 0 }
              }
            },
            "position": {
              "type": "object",
              "required": ["symbol", "quantity", "averagePrice", "marketValue", "unrealisedPnl"],
              "additionalProperties": false,
              "properties": {
                "symbol": { "$ref": "#/$defs/symbol" },
                "quantity": { "type": "number", "minimum": 0 },
                "averagePrice": { "type": "number", "minimum": 0 },
                "marketValue": { "type": "number", "minimum": 0 },
                "unrealisedPnl": { "type": "number" }
              }
            }
          },
          "properties": {
            "schemaVersion": { "const": 1 },
            "cycleId": { "type": "integer" },
            "time": { "type": "string", "format": "date-time" },
            "pairs": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["symbol", "price", "indicators", "signals"],
                "additionalProperties": false,
                "properties": {
                  "symbol": { "$ref": "#/$defs/symbol" },
                  "price": { "$ref": "#/$defs/price" },
                  "indicators": { "type": "object", "additionalProperties": { "type": "number" } },
                  "signals": { "type": "array", "items": { "$ref": "#/$defs/signal" } }
                }
              }
            },
            "portfolio": {
              "type": "object",
              "required": ["cash", "equity", "exposure", "realisedPnl", "unrealisedPnl", "drawdown", "tradingState",
                           "positions"],
              "additionalProperties": false,
              "properties": {
                "cash": { "type": "number", "minimum": 0 },
                "equity": { "type": "number", "minimum": 0 },
                "exposure": { "type": "number", "minimum": 0 },
                "realisedPnl": { "type": "number" },
                "unrealisedPnl": { "type": "number" },
                "drawdown": { "type": "number", "minimum": 0, "maximum": 1 },
                "tradingState": { "enum": ["Active", "Reducing", "Halted"] },
                "positions": { "type": "array", "items": { "$ref": "#/$defs/position" } }
              }
            },
            "correlations": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["symbolA", "symbolB", "value"],
                "additionalProperties": false,
                "properties": {
                  "symbolA": { "$ref": "#/$defs/symbol" },
                  "symbolB": { "$ref": "#/$defs/symbol" },
                  "value": { "type": "number", "minimum": -1, "maximum": 1 }
                }
              }
            }
          }
        }
        """;

    /// <summary>The first rule the snapshot breaks, as a failure naming the pair and field; the snapshot when valid.</summary>
    public static Result<MarketSnapshot> Validate(MarketSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var problem = Check(snapshot);
        return problem is null
            ? Result.Ok(snapshot)
            : Result.Fail<MarketSnapshot>(FailureCode, $"Market snapshot of cycle {snapshot.CycleId}: {problem}.");
    }

    private static string? Check(MarketSnapshot s)
    {
        if (s.SchemaVersion != Version)
        {
            return $"schema version {s.SchemaVersion} is not {Version}";
        }
        // The aggregator refuses duplicate pairs when it builds the matrix, so only foreign snapshots need the check.
        var checkDuplicates = s.Correlations is not CorrelationMatrix;
        for (var i = 0; i < s.Pairs.Count; i++)
        {
            var pair = s.Pairs[i];
            for (var j = 0; checkDuplicates && j < i; j++)
            {
                if (s.Pairs[j].Symbol == pair.Symbol)
                {
                    return $"{pair.Symbol} appears twice";
                }
            }
            if (CheckPair(pair) is { } problem)
            {
                return $"{pair.Symbol}: {problem}";
            }
        }
        return CheckPortfolio(s.Portfolio) ?? CheckCorrelations(s);
    }

    private static string? CheckPair(PairSnapshot pair)
    {
        var p = pair.Price;
        if (p.LastClose <= 0)
        {
            return $"last close {p.LastClose} must be positive";
        }
        if (
            !(p.Return1 >= -1 && p.ReturnShort >= -1 && p.ReturnLong >= -1)
            || !AllFinite(p.Return1, p.ReturnShort, p.ReturnLong)
        )
        {
            return "returns must be finite and at least -1";
        }
        if (!(p.AtrFraction >= 0 && p.VolumeRatio >= 0) || !AllFinite(p.AtrFraction, p.VolumeRatio))
        {
            return "ATR fraction and volume ratio must be finite and not negative";
        }
        if (double.IsInfinity(p.RangeHigh) || double.IsInfinity(p.RangeLow))
        {
            return "range high and low must be finite";
        }
        // A FeatureDictionary lists only finite values by construction.
        if (pair.Indicators is not Signals.FeatureDictionary)
        {
            foreach (var (name, value) in pair.Indicators)
            {
                if (!double.IsFinite(value))
                {
                    return $"indicator {name} is not a finite number";
                }
            }
        }
        for (var i = 0; i < pair.Signals.Count; i++)
        {
            var signal = pair.Signals[i];
            string? problem = signal switch
            {
                { AgentId.Length: 0 or > 64 } => "agent id must be 1-64 characters",
                { AgentVersion: < 1 } => $"agent {signal.AgentId} version must be 1 or more",
                { Score: not (>= -1 and <= 1) } => $"agent {signal.AgentId} score {signal.Score} is outside -1..+1",
                { Confidence: not (>= 0 and <= 1) } =>
                    $"agent {signal.AgentId} confidence {signal.Confidence} is outside 0..1",
                { HitRate: < 0 or > 1 } => $"agent {signal.AgentId} hit rate {signal.HitRate} is outside 0..1",
                { Scored: < 0 } => $"agent {signal.AgentId} scored count is negative",
                { Rationale.Length: > 2000 } => $"agent {signal.AgentId} rationale is longer than 2000 characters",
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }
        return null;
    }

    private static string? CheckPortfolio(PortfolioSnapshot p)
    {
        if (p.Cash < 0 || p.Equity < 0 || p.Exposure < 0)
        {
            return "portfolio cash, equity and exposure must not be negative";
        }
        if (!(p.Drawdown >= 0 && p.Drawdown <= 1))
        {
            return $"portfolio drawdown {p.Drawdown} is outside 0..1";
        }
        if (!Enum.IsDefined(p.TradingState))
        {
            return $"trading state {p.TradingState} is unknown";
        }
        for (var i = 0; i < p.Positions.Count; i++)
        {
            var position = p.Positions[i];
            if (position.Quantity < 0 || position.MarketValue < 0 || position.AveragePrice < 0)
            {
                return $"position {position.Symbol}: quantity, price and value must not be negative";
            }
            for (var j = 0; j < i; j++)
            {
                if (p.Positions[j].Symbol == position.Symbol)
                {
                    return $"position {position.Symbol} appears twice";
                }
            }
        }
        return null;
    }

    private static string? CheckCorrelations(MarketSnapshot s)
    {
        if (s.Correlations is CorrelationMatrix)
        {
            // Built by the aggregator from the same pairs, clamped to -1..1: nothing to re-check per entry.
            return null;
        }
        foreach (var c in s.Correlations)
        {
            if (!(c.Value >= -1 && c.Value <= 1))
            {
                return $"correlation {c.SymbolA}/{c.SymbolB} {c.Value} is outside -1..1";
            }
            if (!s.Pairs.Any(p => p.Symbol.Value == c.SymbolA) || !s.Pairs.Any(p => p.Symbol.Value == c.SymbolB))
            {
                return $"correlation {c.SymbolA}/{c.SymbolB} names a pair not in the snapshot";
            }
        }
        return null;
    }

    private static bool AllFinite(params ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }
        return true;
    }
}
