namespace MexcTrader.Core.Decisions.Llm.Prompts;

/// <summary>The structured-output schema of the decision answer (strict: every field required, nothing extra).</summary>
public static class DecisionSchema
{
    public const string Name = "portfolio_decisions_v1";

    public static readonly IReadOnlyList<string> Actions = ["buy", "sell", "hold", "close"];

    public const string Json = """
        {
          "type": "object",
          "properties": {
            "decisions": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "symbol": { "type": "string" },
                  "action": { "type": "string", "enum": ["buy", "sell", "hold", "close"] },
                  "target_weight": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
                  "confidence": { "type": "number", "minimum": 0, "maximum": 1 },
                  "reasoning": { "type": "string" },
                  "alternatives": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "action": { "type": "string", "enum": ["buy", "sell", "hold", "close"] },
                        "why_rejected": { "type": "string" }
                      },
                      "required": ["action", "why_rejected"],
                      "additionalProperties": false
                    }
                  }
                },
                "required": ["symbol", "action", "target_weight", "confidence", "reasoning", "alternatives"],
                "additionalProperties": false
              }
            },
            "summary": { "type": "string" }
          },
          "required": ["decisions", "summary"],
          "additionalProperties": false
        }
        """;
}
