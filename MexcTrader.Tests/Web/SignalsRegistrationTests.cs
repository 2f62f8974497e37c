using MexcTrader.Core.Domain;
using MexcTrader.Core.MarketData.Tradable;
using MexcTrader.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace MexcTrader.Tests.Web;

public sealed class SignalsRegistrationTests
{
    [Fact]
    public async Task Host_WithoutAMexcSection_AnswersFromTheDemoSamplesPairs()
    {
        await using var factory = new MexcTraderFactory();

        var tradable = factory.Services.GetRequiredService<ITradableSymbols>();

        var fixedList = Assert.IsType<FixedTradableSymbols>(tradable);
        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT"], fixedList.Symbols.Select(s => s.Value));
        Assert.False((await tradable.CheckAsync(new Symbol("XRPUSDT"), default)).IsSuccess);
    }

    [Fact]
    public async Task Host_WithAMexcSection_AsksMexc()
    {
        await using var factory = new MexcTraderFactory();
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Mexc:RestBaseUrl", "http://127.0.0.1:9"));

        Assert.IsType<MexcTradableSymbols>(configured.Services.GetRequiredService<ITradableSymbols>());
    }
}
