using MexcTrader.Core.Decisions;
using MexcTrader.Core.Decisions.Llm;
using MexcTrader.Core.Decisions.Llm.Recording;
using MexcTrader.Tests.TestKit;
using MexcTrader.Tests.TestKit.FakeOpenAi;
using static MexcTrader.Tests.TestKit.FakeOpenAi.FakeAnswers;

namespace MexcTrader.Tests.Integration.Llm;

/// <summary>Backtest masking: the model sees ASSET_n and no dates or prices, and its answer maps back to symbols.</summary>
public sealed class MaskingTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DecideAsync_Masked_SendsAnonymousLabelsAndMapsTheAnswerBack()
    {
        _server.Script = _ =>
            FakeReply.Text(
                Decisions(
                    new Item("ASSET_1", "buy", 0.3, 0.8, "ASSET_1 leads; ASSET_2 is correlated"),
                    new Item("ASSET_2", "sell", 0.0, 0.6),
                    new Item("ASSET_3", "hold", null, 0.5)
                )
            );
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.MaskPrompts = true;
        var (sut, _) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore());

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        var user = request.Messages.Single(m => m.Role == "user").Content;
        Assert.Equal(["ASSET_1", "ASSET_2", "ASSET_3"], request.Pairs);
        foreach (var leak in (string[])["BTC", "ETH", "SOL", "2024", "65000", "3500", "last_close", "\"time\""])
        {
            Assert.DoesNotContain(leak, user, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(
            [("BTCUSDT", DecisionAction.Buy), ("ETHUSDT", DecisionAction.Sell), ("SOLUSDT", DecisionAction.Hold)],
            cycle.Decisions.Select(d => (d.Symbol.Value, d.Action))
        );
        Assert.Equal("BTCUSDT leads; ETHUSDT is correlated", cycle.Decisions[0].Reasoning);
        Assert.Contains(cycle.Notes, n => n.StartsWith(LlmDecisionEngine.MaskedNote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecideAsync_Masked_AnswerWithARealSymbol_IsRejectedAsUnknown()
    {
        _server.Script = _ => FakeReply.Text(Decisions(new Item("BTCUSDT", "buy", 0.3, 0.8)));
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.MaskPrompts = true;
        var (sut, _) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore());

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        Assert.Contains(cycle.Rejections, r => r.Code == LlmRejections.UnknownSymbol);
        Assert.DoesNotContain(cycle.Decisions, LlmKit.Trades);
    }

    [Fact]
    public async Task DecideAsync_Unmasked_SendsSymbolsTimeAndPrices()
    {
        _server.Script = BuyFirst;
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), new InMemoryLlmCallStore());

        await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);

        var snapshot = Assert.Single(_server.Requests).Snapshot;
        Assert.Equal("2024-03-14T12:00:00Z", snapshot.GetProperty("time").GetString());
        Assert.Equal(65_000m, snapshot.GetProperty("pairs")[0].GetProperty("last_close").GetDecimal());
    }

    [Theory]
    [InlineData(false, "consider Llm:MaskPrompts=true")]
    [InlineData(true, "even with masked prompts")]
    public async Task DecideAsync_BeforeTheModelsTrainingCutoff_WarnsInTheCycleNotes(bool masked, string advice)
    {
        _server.Script = r => FakeReply.Text(Decisions([.. r.Pairs.Select(p => new Item(p, "hold", null, 0.5))]));
        var options = LlmKit.Options(_server.OpenAiEndpoint);
        options.MaskPrompts = masked;
        options.Models[LlmKit.Model].TrainingCutoff = LlmKit.Time.AddYears(1);

        var (sut, _) = await LlmKit.EngineAsync(options, new InMemoryLlmCallStore());
        var before = await sut.DecideAsync(LlmKit.Snapshot(), CancellationToken.None);
        var after = await sut.DecideAsync(LlmKit.Snapshot(LlmKit.Time.AddYears(2)), CancellationToken.None);

        var warning = Assert.Single(
            before.Notes,
            n => n.StartsWith(LlmDecisionEngine.TrainingCutoffNote, StringComparison.Ordinal)
        );
        Assert.Contains(
            "2024-03-14 lies before gpt-test's training cutoff 2025-03-14",
            warning,
            StringComparison.Ordinal
        );
        Assert.Contains(advice, warning, StringComparison.Ordinal);
        Assert.DoesNotContain(
            after.Notes,
            n => n.StartsWith(LlmDecisionEngine.TrainingCutoffNote, StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task DecideAsync_WhenNoSignalIsActionable_HoldsAllWithoutACall()
    {
        var (sut, _) = await LlmKit.EngineAsync(LlmKit.Options(_server.OpenAiEndpoint), new InMemoryLlmCallStore());

        var cycle = await sut.DecideAsync(LlmKit.Snapshot(btcScore: 0.1), CancellationToken.None);

        Assert.Equal(0, _server.RequestCount);
        Assert.Empty(cycle.Rejections);
        Assert.DoesNotContain(cycle.Decisions, LlmKit.Trades);
        Assert.Contains(cycle.Notes, n => n.StartsWith(LlmDecisionEngine.SkippedNote, StringComparison.Ordinal));
    }
}
