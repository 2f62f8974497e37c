using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Client;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Decisions.Llm;

public sealed class DecisionPromptBuilderTests
{
    private static readonly LlmOptions Options = LlmKit.Options(new Uri("http://127.0.0.1:1/v1"));

    [Fact]
    public void Build_SameSnapshotTwice_GivesTheSameTextAndHash()
    {
        var a = DecisionPromptBuilder.Build(
            DefaultPrompts.Decision,
            LlmKit.Snapshot(),
            PromptMask.For(LlmKit.Snapshot(), false),
            Options,
            []
        );
        var b = DecisionPromptBuilder.Build(
            DefaultPrompts.Decision,
            LlmKit.Snapshot(),
            PromptMask.For(LlmKit.Snapshot(), false),
            Options,
            []
        );

        Assert.Equal(a.Messages, b.Messages);
        Assert.Equal(InputHash.Of(a, 1), InputHash.Of(b, 1));
        Assert.NotEqual(InputHash.Of(a, 1), InputHash.Of(a, 2));
    }

    [Fact]
    public void Build_AnyInputChange_ChangesTheHash()
    {
        var snapshot = LlmKit.Snapshot();
        var mask = PromptMask.For(snapshot, false);
        var baseline = InputHash.Of(
            DecisionPromptBuilder.Build(DefaultPrompts.Decision, snapshot, mask, Options, []),
            1
        );
        var otherPrompt = DefaultPrompts.Decision with { Version = 2, Text = "Decide." };
        var hotter = LlmKit.Options(new Uri("http://127.0.0.1:1/v1"));
        hotter.Temperature = 0.7;

        string[] hashes =
        [
            InputHash.Of(DecisionPromptBuilder.Build(otherPrompt, snapshot, mask, Options, []), 1),
            InputHash.Of(DecisionPromptBuilder.Build(DefaultPrompts.Decision, snapshot, mask, hotter, []), 1),
            InputHash.Of(
                DecisionPromptBuilder.Build(
                    DefaultPrompts.Decision,
                    LlmKit.Snapshot(btcScore: 0.81),
                    mask,
                    Options,
                    []
                ),
                1
            ),
            InputHash.Of(
                DecisionPromptBuilder.Build(
                    DefaultPrompts.Decision,
                    snapshot,
                    mask,
                    Options,
                    [new LlmMessage(LlmRole.User, "again")]
                ),
                1
            ),
        ];

        Assert.DoesNotContain(baseline, hashes);
        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void SnapshotJson_UnscoredAgentAndZeroPrices_LeaveTheFigureOutInsteadOfFailing()
    {
        var snapshot = LlmKit.Snapshot();
        var pair = snapshot.Pairs[0];
        var odd = snapshot with
        {
            Pairs =
            [
                pair with
                {
                    Price = pair.Price with { LastClose = 0m },
                    Signals = [pair.Signals[0] with { HitRate = double.NaN, Scored = 0 }],
                },
            ],
        };

        var json = DecisionPromptBuilder.SnapshotJson(odd, PromptMask.For(odd, masked: true));

        var written = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("pairs")[0];
        Assert.False(written.GetProperty("signals")[0].TryGetProperty("hit_rate", out _));
        Assert.False(written.TryGetProperty("range_high_pct", out _));
        Assert.Equal(0.01, written.GetProperty("return1").GetDouble());
    }

    [Fact]
    public void SnapshotJson_Masked_ShowsPriceLevelIndicatorsRelativeToTheClose()
    {
        var json = DecisionPromptBuilder.SnapshotJson(
            LlmKit.Snapshot(),
            PromptMask.For(LlmKit.Snapshot(), masked: true)
        );

        Assert.Contains("\"EMA(20)\":-0.02", json, StringComparison.Ordinal);
        Assert.Contains("\"RSI(14)\":61.5", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Trigger_HeldPositionWithOpposingSignal_IsActionableEvenWhenWeak()
    {
        var quiet = LlmKit.Snapshot(btcScore: 0.1);
        var eth = quiet.Pairs[1];
        var opposing = quiet with
        {
            Pairs =
            [
                quiet.Pairs[0],
                eth with
                {
                    Signals = [eth.Signals[0] with { Score = -0.25, Confidence = 0.5 }],
                },
                quiet.Pairs[2],
            ],
        };
        var notHeld = opposing with { Portfolio = opposing.Portfolio with { Positions = [] } };

        Assert.False(LlmTrigger.IsActionable(quiet, Options));
        Assert.True(LlmTrigger.IsActionable(opposing, Options));
        Assert.False(LlmTrigger.IsActionable(notHeld, Options));
    }

    [Fact]
    public void Cost_IsPricedPerThousandTokens()
    {
        var profile = new LlmModelProfile { InputPricePer1K = 0.005m, OutputPricePer1K = 0.015m };

        Assert.Equal(0.0125m, LlmCost.Of(profile, 1_000, 500));
        Assert.Equal(0.0125m, LlmCost.Estimate(profile, 3_997, 500)); // 3,997 characters round up to 1,000 tokens
    }
}
