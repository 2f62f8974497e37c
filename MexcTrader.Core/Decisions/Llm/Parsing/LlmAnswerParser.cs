using System.Text.Json;
using MexcTrader.Core.Decisions.Llm.Client;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Snapshot;
using MexcTrader.Core.Domain;

namespace MexcTrader.Core.Decisions.Llm.Parsing;

/// <summary>
/// Validates the model's answer. A refusal, a truncated or malformed answer fails as a whole (every pair holds);
/// an unknown pair, an action outside the allowed set or a number out of range refuses that decision only, and its
/// pair holds. Nothing the model says becomes a trade without passing here.
/// </summary>
public static class LlmAnswerParser
{
    private const int MaxDetail = 200;

    public static Result<LlmAnswer> Parse(LlmReply reply, MarketSnapshot snapshot, PromptMask mask, DecisionStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(stamp);
        if (reply.Refusal is { } refusal || reply.FinishReason == "content_filter")
        {
            return Result.Fail<LlmAnswer>(
                LlmRejections.Refusal,
                $"The model refused: {Clip(reply.Refusal ?? "content filter")}"
            );
        }
        if (reply.FinishReason == "length")
        {
            return Result.Fail<LlmAnswer>(
                LlmRejections.Truncated,
                $"The answer was cut at the output limit after {reply.OutputTokens} tokens."
            );
        }
        if (string.IsNullOrWhiteSpace(reply.Content))
        {
            return Result.Fail<LlmAnswer>(LlmRejections.MalformedJson, "The answer is empty.");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(reply.Content);
        }
        catch (JsonException ex)
        {
            return Result.Fail<LlmAnswer>(LlmRejections.MalformedJson, $"Not JSON: {Clip(ex.Message)}");
        }
        using (document)
        {
            if (
                document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("decisions", out var items)
                || items.ValueKind != JsonValueKind.Array
            )
            {
                return Result.Fail<LlmAnswer>(LlmRejections.MalformedJson, "The answer has no \"decisions\" array.");
            }
            if (items.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.Object || !IsString(i, "symbol")))
            {
                return Result.Fail<LlmAnswer>(
                    LlmRejections.MalformedJson,
                    "Every entry of \"decisions\" must be an object with a \"symbol\" string."
                );
            }
            return Result.Ok(Validate(items, snapshot, mask, stamp));
        }
    }

    private static LlmAnswer Validate(JsonElement items, MarketSnapshot snapshot, PromptMask mask, DecisionStamp stamp)
    {
        var rejections = new List<DecisionRejection>();
        var decided = new Dictionary<Symbol, Decision>();
        var refused = new HashSet<Symbol>();
        var pairs = snapshot.Pairs.Select(p => p.Symbol).ToHashSet();
        foreach (var item in items.EnumerateArray())
        {
            var name = item.GetProperty("symbol").GetString() ?? "";
            if (!mask.TryResolve(name, out var symbol) || !pairs.Contains(symbol))
            {
                rejections.Add(
                    new DecisionRejection(
                        null,
                        LlmRejections.UnknownSymbol,
                        $"'{Clip(name)}' is not a pair of this snapshot."
                    )
                );
                continue;
            }
            if (decided.Remove(symbol) || refused.Contains(symbol))
            {
                refused.Add(symbol);
                rejections.Add(
                    new DecisionRejection(
                        symbol,
                        LlmRejections.DuplicateSymbol,
                        $"{symbol} was decided more than once."
                    )
                );
                continue;
            }
            var checkedItem = Check(item, symbol, mask, stamp);
            if (checkedItem.IsSuccess)
            {
                decided[symbol] = checkedItem.Value;
            }
            else
            {
                refused.Add(symbol);
                rejections.Add(new DecisionRejection(symbol, checkedItem.Failure.Code, checkedItem.Failure.Message));
            }
        }
        var decisions = new List<Decision>(snapshot.Pairs.Count);
        foreach (var symbol in snapshot.Pairs.Select(p => p.Symbol))
        {
            if (decided.TryGetValue(symbol, out var decision))
            {
                decisions.Add(decision);
                continue;
            }
            if (!refused.Contains(symbol))
            {
                rejections.Add(
                    new DecisionRejection(
                        symbol,
                        LlmRejections.MissingPair,
                        $"The answer has no decision for {symbol}."
                    )
                );
            }
            decisions.Add(stamp.Hold(symbol, "HOLD: the model's decision for this pair was missing or refused."));
        }
        return new LlmAnswer(decisions, rejections);
    }

    private static Result<Decision> Check(JsonElement item, Symbol symbol, PromptMask mask, DecisionStamp stamp)
    {
        var actionText =
            item.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        if (ParseAction(actionText) is not { } action)
        {
            return Result.Fail<Decision>(
                LlmRejections.InvalidAction,
                $"Action '{Clip(actionText ?? a.ToString())}' for {symbol} is not one of {string.Join(", ", DecisionSchema.Actions)}."
            );
        }
        if (!TryNumber(item, "confidence", required: true, out var confidence) || confidence is not (>= 0 and <= 1))
        {
            return Result.Fail<Decision>(
                LlmRejections.OutOfRange,
                $"Confidence of {symbol} must be a number from 0 to 1, got {Raw(item, "confidence")}."
            );
        }
        if (
            !TryNumber(item, "target_weight", required: false, out var weight)
            || weight is not (null or (>= 0 and <= 1))
        )
        {
            return Result.Fail<Decision>(
                LlmRejections.OutOfRange,
                $"Target weight of {symbol} must be null or a number from 0 to 1, got {Raw(item, "target_weight")}."
            );
        }
        var reasoning =
            item.TryGetProperty("reasoning", out var r) && r.ValueKind == JsonValueKind.String
                ? r.GetString() ?? ""
                : "";
        var alternatives = new List<AlternativeConsidered>();
        if (item.TryGetProperty("alternatives", out var alts) && alts.ValueKind == JsonValueKind.Array)
        {
            foreach (var alt in alts.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object))
            {
                var altAction =
                    alt.TryGetProperty("action", out var aa) && aa.ValueKind == JsonValueKind.String
                        ? ParseAction(aa.GetString())
                        : null;
                var why =
                    alt.TryGetProperty("why_rejected", out var w) && w.ValueKind == JsonValueKind.String
                        ? w.GetString()
                        : null;
                // an alternative is commentary, not an order: a malformed one is dropped, not a reason to hold
                if (altAction is { } valid && why is not null)
                {
                    alternatives.Add(new AlternativeConsidered(valid, mask.UnmaskText(why)));
                }
            }
        }
        return Result.Ok(
            stamp.Make(symbol, action, weight, confidence!.Value, mask.UnmaskText(reasoning), alternatives)
        );
    }

    private static DecisionAction? ParseAction(string? text) =>
        text switch
        {
            "buy" => DecisionAction.Buy,
            "sell" => DecisionAction.Sell,
            "hold" => DecisionAction.Hold,
            "close" => DecisionAction.Close,
            _ => null,
        };

    private static bool TryNumber(JsonElement item, string name, bool required, out double? value)
    {
        value = null;
        if (!item.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return !required;
        }
        if (
            element.ValueKind != JsonValueKind.Number
            || !element.TryGetDouble(out var number)
            || !double.IsFinite(number)
        )
        {
            return false;
        }
        value = number;
        return true;
    }

    private static bool IsString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String;

    private static string Raw(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? Clip(value.GetRawText()) : "nothing";

    private static string Clip(string text) => text.Length <= MaxDetail ? text : text[..MaxDetail] + "…";
}
