using MexcTrader.Core.Decisions.Llm.Prompts;
using MexcTrader.Core.Domain;
using MexcTrader.Tests.TestKit;

namespace MexcTrader.Tests.Core.Decisions.Llm;

public sealed class PromptMaskTests
{
    [Fact]
    public void Masked_LabelsResolveBackToTheirSymbols()
    {
        var sut = PromptMask.For(LlmKit.Snapshot(), masked: true);

        var labels = (string[])["BTCUSDT", "ETHUSDT", "SOLUSDT"];

        Assert.Equal(["ASSET_1", "ASSET_2", "ASSET_3"], labels.Select(s => sut.Label(new Symbol(s))));
        Assert.All(labels, s => Assert.True(sut.TryResolve(sut.Label(new Symbol(s)), out var back) && back.Value == s));
        Assert.False(sut.TryResolve("BTCUSDT", out _));
        Assert.False(sut.TryResolve("ASSET_4", out _));
    }

    [Fact]
    public void MaskText_ScrubsSymbolsBaseAssetsAndDates_UnmaskTextRestoresSymbols()
    {
        var sut = PromptMask.For(LlmKit.Snapshot(), masked: true);

        var masked = sut.MaskText("BTCUSDT broke out on 2024-03-14T12:00:00Z while eth lagged; SOL flat");
        var unmasked = sut.UnmaskText("ASSET_1 over ASSET_3, ASSET_11 unknown");

        Assert.Equal("ASSET_1 broke out on [date] while ASSET_2 lagged; ASSET_3 flat", masked);
        Assert.Equal("BTCUSDT over SOLUSDT, ASSET_11 unknown", unmasked);
    }

    [Fact]
    public void Unmasked_UsesSymbolsAndLeavesTextAlone()
    {
        var sut = PromptMask.For(LlmKit.Snapshot(), masked: false);

        Assert.Equal("BTCUSDT", sut.Label(new Symbol("BTCUSDT")));
        Assert.True(sut.TryResolve("ETHUSDT", out var eth) && eth.Value == "ETHUSDT");
        Assert.Equal("BTC on 2024-03-14", sut.MaskText("BTC on 2024-03-14"));
    }
}
