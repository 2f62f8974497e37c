using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Client;
using MexcTrader.Core.Decisions.Llm.Parsing;
using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Decisions.Llm;

public sealed class LlmAnswerParserTests
{
    private static readonly MexcTrader.Core.Decisions.Snapshot.MarketSnapshot Snapshot = LlmKit.Snapshot();

    [Theory]
    [InlineData("", "stop", LlmRejections.MalformedJson)]
    [InlineData("{\"decisions\": {}}", "stop", LlmRejections.MalformedJson)]
    [InlineData("{\"decisions\": [{\"action\": \"buy\"}]}", "stop", LlmRejections.MalformedJson)]
    [InlineData("{\"decisions\": [42]}", "stop", LlmRejections.MalformedJson)]
    [InlineData("{\"decisions\": []}", "content_filter", LlmRejections.Refusal)]
    [InlineData("{\"decisions\": []}", "length", LlmRejections.Truncated)]
    public void Parse_WholeAnswerProblems_FailWithTheirCode(string content, string finish, string code)
    {
        var result = Parse(new LlmReply(content, null, finish, 10, 10, "m"));

        Assert.Equal(code, result.Failure?.Code);
    }

    [Fact]
    public void Parse_NumbersAsStringsOrNonFinite_AreOutOfRange()
    {
        var result = Parse(
            Reply(
                """
                {"decisions":[
                  {"symbol":"BTCUSDT","action":"buy","target_weight":0.1,"confidence":"0.9","reasoning":"x","alternatives":[]},
                  {"symbol":"ETHUSDT","action":"buy","target_weight":"all","confidence":0.9,"reasoning":"x","alternatives":[]},
                  {"symbol":"SOLUSDT","action":"buy","target_weight":0.1,"reasoning":"x","alternatives":[]}
                ],"summary":""}
                """
            )
        );

        Assert.True(result.IsSuccess);
        Assert.Equal(
            [LlmRejections.OutOfRange, LlmRejections.OutOfRange, LlmRejections.OutOfRange],
            result.Value.Rejections.Select(r => r.Code)
        );
        Assert.DoesNotContain(result.Value.Decisions, LlmKit.Trades);
    }

    [Fact]
    public void Parse_MalformedAlternatives_AreDroppedNotHeld()
    {
        var result = Parse(
            Reply(
                """
                {"decisions":[
                  {"symbol":"BTCUSDT","action":"buy","target_weight":null,"confidence":0.6,"reasoning":"x",
                   "alternatives":[{"action":"short","why_rejected":"no"},{"action":"hold"},{"action":"sell","why_rejected":"trend"}]},
                  {"symbol":"ETHUSDT","action":"hold","target_weight":null,"confidence":0.5,"reasoning":"x","alternatives":[]},
                  {"symbol":"SOLUSDT","action":"hold","target_weight":null,"confidence":0.5,"reasoning":"x","alternatives":[]}
                ],"summary":""}
                """
            )
        );

        var btc = result.Value.Decisions[0];
        Assert.Empty(result.Value.Rejections);
        Assert.Equal((DecisionAction.Buy, (double?)null), (btc.Action, btc.TargetWeight));
        Assert.Equal(new AlternativeConsidered(DecisionAction.Sell, "trend"), Assert.Single(btc.Alternatives));
    }

    private static LlmReply Reply(string content) => new(content, null, "stop", 10, 10, "m");

    private static MexcTrader.Core.Domain.Result<LlmAnswer> Parse(LlmReply reply) =>
        LlmAnswerParser.Parse(
            reply,
            Snapshot,
            PromptMask.For(Snapshot, masked: false),
            DecisionStamp.For(Snapshot, "m", "decision@v1")
        );
}
