using System.Text.Json;

namespace MexcTrader.Tests.TestKit.FakeOpenAi;

/// <summary>Answer texts for the fake server, in the engine's response schema.</summary>
public static class FakeAnswers
{
    /// <summary>One decision entry; <paramref name="Action"/> and the numbers are written as given, valid or not.</summary>
    public sealed record Item(
        string Symbol,
        string Action,
        double? Weight,
        double Confidence,
        string Reasoning = "because"
    );

    public static string Decisions(params Item[] items) =>
        JsonSerializer.Serialize(
            new
            {
                decisions = items.Select(i => new
                {
                    symbol = i.Symbol,
                    action = i.Action,
                    target_weight = i.Weight,
                    confidence = i.Confidence,
                    reasoning = i.Reasoning,
                    alternatives = new[] { new { action = "hold", why_rejected = "momentum is strong" } },
                }),
                summary = "scripted",
            }
        );

    /// <summary>Buys the first pair the prompt names and holds the rest: a valid answer for any snapshot.</summary>
    public static FakeReply BuyFirst(FakeChatRequest request) =>
        FakeReply.Text(
            Decisions([
                .. request.Pairs.Select(
                    (pair, i) =>
                        i == 0
                            ? new Item(pair, "buy", 0.2, 0.8, $"{pair} breaks out")
                            : new Item(pair, "hold", null, 0.5)
                ),
            ])
        );
}
